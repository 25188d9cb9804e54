package org.citegraph.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.citegraph.model.ArticlePage;

/** Reads any supported input file into an {@link ArticlePage}, detecting its format unless told. */
public final class ArticleReader {

    private final PageReader pages = new PageReader();
    private final JatsReader jats = new JatsReader();

    public ArticlePage read(Path file, InputFormat format) throws PageException {
        Path name = file.getFileName();
        return read(name == null ? file.toString() : name.toString(), readText(file), format);
    }

    public ArticlePage read(String source, String text, InputFormat format) throws PageException {
        InputFormat actual = format == InputFormat.AUTO ? InputFormat.detect(text) : format;
        return actual == InputFormat.JATS ? jats.read(source, text) : pages.read(source, text);
    }

    static String readText(Path file) throws PageException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new PageException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new PageException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new PageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}

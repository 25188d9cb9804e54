package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a note into the stretches of text that are citations. A note is split at top-level
 * semicolons and at sentence breaks; a sentence of commentary belongs to no citation, except that
 * a signal inside it ("On this exercise, see …") starts one. The final period of the note and the
 * separators are not part of any citation. What reads as prose is {@link Prose}'s to say, where a
 * sentence ends {@link Sentences}'s; citations a sentence leads into are found by {@link LeadIns},
 * UN documents and treaties named in prose by {@link DocumentsInProse}.
 */
final class NoteSplitter {

    private NoteSplitter() {
    }

    /**
     * One citation's stretch of the note: [start, end), the sentence it belongs to, whether it is a
     * reference-list entry (read by sentences rather than by commas), and whether it is an entry listed
     * under its title, whose sentences are the parts a note would separate by commas; and whether it is the
     * "with …" half of Bluebook's "Compare A, with B", whose signal is the pair's, "Compare", written before A.
     */
    record Piece(int start, int end, int sentence, boolean entry, boolean titledEntry, boolean comparedWith) {
        Piece(int start, int end, int sentence) {
            this(start, end, sentence, false, false, false);
        }
    }

    static List<Piece> split(String text) {
        return split(Scan.of(text), false);
    }

    /**
     * @param listEntry whether the text is an entry of a reference list, which names one work: one listed
     *                  under its title ("Protocol Additional … (Protocol I). June 8, 1977. 1125 U.N.T.S. 3.")
     *                  is not cut at its full stops
     */
    static List<Piece> split(Scan scan, boolean listEntry) {
        String t = scan.text;
        int n = t.length();
        List<Piece> pieces = new ArrayList<>();
        Signals.Match signal = Signals.atStart(t);
        boolean entry = ReferenceEntry.looksLikeEntry(signal == null ? t : t.substring(signal.length()))
                || listEntry && ReferenceEntry.opensWithOneWordBody(t); // "Eurostat (2023) Title."
        if (entry || listEntry) {
            int end = Sentences.trimEnd(t, 0, n);
            int start = Sentences.trimStart(t, 0, end);
            if (end > start) pieces.add(new Piece(start, end, 0, entry, !entry, false));
            return pieces;
        }
        int sentence = 0;
        int start = 0;
        int second; // where a second citation joined by ", and" starts
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!scan.top(i)) continue;
            // "…, at para. 140; hereinafter Gabčíkovo.": the name the citation is given after its semicolon is part of it
            if (c == ';' && !Statutes.semicolonInRuleTitle(t, start, i) && !aliasFollows(t, i + 1)) {
                addPiece(scan, pieces, start, i, sentence);
                start = i + 1;
            } else if (c == ',' && t.startsWith(" and", i + 1) && (second = citationAfterAnd(scan, start, i, i + 5, n)) > 0) {
                // "…, p. 43, and Adeyemi-Castell, ‘Non-Appropriation’, p. 78": two works joined by "and"
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && t.startsWith(" as well as ", i + 1) && (second = citationAfterAnd(scan, start, i, i + 12, n)) > 0) {
                // "…, 320, as well as Emberly-Katz, “Ruins and Remedies,” 240–47": two works
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && t.startsWith(" together with ", i + 1) && (second = citationAfterAnd(scan, start, i, i + 15, n)) > 0) {
                // "…, 1155 U.N.T.S. 331, art. 62(2)(a), together with 1978 Convention, art. 11": two instruments read together
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ' ' && t.startsWith(" and ", i) && (second = citationAfterBareAnd(scan, start, i, n)) > 0) {
                // "… (Oxford: Calder Press, 2022) and Tomas Oyelaran, “Monuments in Court,” …": two works
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && t.startsWith(" ", i + 1) && !t.startsWith(" and", i + 1) && (second = shortFormAfterPinpoint(scan, start, i, n)) > 0) {
                // "… told in Ekwueme-Strand, Last Trust, 330–52, Oyelaran-Holt, “Petitioning,” 246–48, and …": a list
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && (t.startsWith(" wh", i + 1) || t.startsWith(" the ", i + 1) || t.startsWith(" a ", i + 1))
                    && (second = citationInRelativeClause(scan, start, i, n)) > 0) {
                // "… traced in Whitford-Oyo, Consent, 41–58, which draws on Leopold Harcourt-Mensah, Blockade and Bread (…)"
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && t.startsWith(" and ", i + 1) && i + 6 < n && Character.isLowerCase(t.charAt(i + 6))
                    && proseBeforeComma(t, start, i) && (second = LeadIns.proseLeadInToCitation(scan, i + 6, n)) > 0
                    && Prose.contentWords(t, i + 6, second) >= 2) {
                // "…, annex, art. 6, repeat the rule word for word, and the strict reading proposed by Vale, n. 7 above, 61–63,
                // has found few followers": a clause of prose closes the first citation, a lead-in opens the second
                addPiece(scan, pieces, start, i, sentence);
                start = second;
                i = start - 1;
            } else if (c == ',' && t.startsWith(" and ", i + 1) && proseAfterPinpoint(scan, start, i, n)) {
                // "see Monitor, supra note 19, at 22, and neither accounts for settlements": the sentence goes on
                addPiece(scan, pieces, start, i, sentence);
                start = i + 1;
            } else if (c == ',' && quotedInAfter(t, i)) {
                // "Wedgwood, “Title,” Journal 92 (1998): 724, quoted in Byers, War Law, 40": two works
                addPiece(scan, pieces, start, i, sentence);
                start = i + 1;
            } else if (c == ':' && i > 0 && Character.isDigit(t.charAt(i - 1)) && pinpointBeforeProse(scan, start, i)) {
                // "… by Quayle-Mensah, ‘Non-Forcible Repatriation’, pp. 88–91: the Convention requires …": the pinpoint
                // ends the citation, the sentence goes on
                addPiece(scan, pieces, start, i, sentence);
                start = i + 1;
            } else if (isQuotationEnd(t, i)) {
                addPiece(scan, pieces, start, i + 1, sentence);
                start = i + 1;
                sentence++;
            } else if (c == '.' && Sentences.isSentenceEnd(t, i)) {
                addPiece(scan, pieces, start, i, sentence);
                start = i + 1;
                sentence++;
            }
        }
        addPiece(scan, pieces, start, n, sentence);
        return pieces;
    }

    /** The words just before the comma at {@code comma} are lower-case prose ("… almost word for word, and"), not a locator's. */
    private static boolean proseBeforeComma(String t, int start, int comma) {
        int k = t.lastIndexOf(", ", comma - 1);
        int from = Math.max(start, k < 0 ? start : k + 2);
        return comma - from >= 12 && Prose.lowerCaseWords(t, from, comma) >= 3 && Prose.lowerCaseClause(t, from, comma);
    }

    /**
     * Where the names before the comma at {@code comma} end: "Tobias Engström and Lucía Ferraro (eds), The Third Geneva
     * Convention (…)" marks editors before the comma.
     */
    private static int namesEnd(String t, int comma) {
        return t.charAt(comma - 1) == ')' && editorsMarkBefore(t, comma) ? t.lastIndexOf(" (", comma) : comma;
    }

    /** "(eds)", "(ed.)", "(eds.)", "(ed)" just before the comma at {@code comma}. */
    private static boolean editorsMarkBefore(String t, int comma) {
        return t.startsWith("(eds)", comma - 5) || t.startsWith("(ed.)", comma - 5) || t.startsWith("(eds.)", comma - 6)
                || t.startsWith("(ed)", comma - 4);
    }

    /** At the colon {@code colon}: a locator ends the part before it ("pp. 88–91") and a clause in lower case follows. */
    private static boolean pinpointBeforeProse(Scan scan, int start, int colon) {
        String t = scan.text;
        if (colon + 2 >= t.length() || t.charAt(colon + 1) != ' ' || !Character.isLowerCase(t.charAt(colon + 2))) return false;
        int comma = t.lastIndexOf(", ", colon);
        if (comma < start || colon - comma > 30) return false;
        Parts.Locator loc = Parts.locator(t.substring(comma + 2, colon), false);
        return loc != null && (loc.range() || !loc.kind().equals("bare"));
    }

    private static void addPiece(Scan scan, List<Piece> pieces, int from, int to, int sentence) {
        String t = scan.text;
        int end = Sentences.trimEnd(t, from, to);
        int start = Sentences.trimStart(t, from, end);
        if (end <= start) return;
        String piece = t.substring(start, end);
        if (piece.startsWith("and ") && piece.length() > 4
                && (Character.isUpperCase(piece.charAt(4)) || Scan.isOpeningQuote(piece.charAt(4)) || Character.isDigit(piece.charAt(4)))) {
            // "…, 23–29; and Tobias Venner, “Consent …”", "…; and 1970 UNESCO Convention, art. 13": the citation
            // starts after the "and"
            start += 4;
            piece = piece.substring(4);
        } else if (piece.startsWith("and, ")) {
            // "…; and, for a comparison of the national laws, Orbital Economy Institute, …": the aside set off by commas
            int comma = scan.indexOfTop(',', start + 5);
            int s = comma + 1;
            while (s > 0 && s < end && t.charAt(s) == ' ') s++;
            if (comma > 0 && comma - start <= 80 && s < end && Character.isUpperCase(t.charAt(s)) && Prose.lowerCaseAside(t, start + 5, comma)) {
                start = s;
                piece = t.substring(start, end);
            }
        }
        // "In Vantoura and Others v. Serevia, App. No. …, para. 142, the Court held …": the preposition opens the sentence
        if (t.startsWith("In ", start) && start + 3 < end && Character.isUpperCase(t.charAt(start + 3))
                && caseThenNumbers(scan, start + 3, end)) {
            start += 3;
            piece = t.substring(start, end);
        }
        // "Under article 12(2)(a) of the Rome Statute …, 2187 UNTS 3, the Court may …": the provision of a treaty cited in
        // full, after the preposition that opens the sentence
        for (String lead : new String[] {"Under ", "By ", "In "}) {
            int ofThe = t.startsWith(lead, start) && (t.startsWith("article ", start + lead.length())
                    || t.startsWith("Article ", start + lead.length())) ? t.indexOf(" of the ", start) : -1;
            if (ofThe > 0 && ofThe < start + lead.length() + 30 && ofThe + 8 < end
                    && DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(ofThe + 8, end)), end - ofThe - 8)) {
                start += lead.length();
                piece = t.substring(start, end);
                break;
            }
        }
        // "The Convention for the Suppression of …, March 10, 1988, 1678 U.N.T.S. 201, arts. 6(4) and 10(1), obliges …": the
        // article opening the sentence is no part of the treaty's name
        if (t.startsWith("The ", start) && start + 4 < end && Character.isUpperCase(t.charAt(start + 4))
                && Tail.namesAnInstrument(t.substring(start + 4, Math.min(end, start + 80))) && DocumentsInProse.holdsTreatySeries(t, start, end)
                && DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(start + 4, end)), end - start - 4)) {
            start += 4;
            piece = t.substring(start, end);
        }
        // "The first treaty, the Convention for the Protection of Cables, art. 2, March 14, 1884, 24 Stat. 989, made …": a noun
        // phrase names the treaty before its citation
        // "…; the later, the Convention on …": after a semicolon in lower case
        int apposed = t.startsWith("The ", start) || t.startsWith("the ", start) ? t.indexOf(", the ", start) : -1;
        if (apposed > start && apposed - start <= 40 && Prose.plainWords(t, start, apposed, 1) && apposed + 6 < end
                && Character.isUpperCase(t.charAt(apposed + 6)) && DocumentsInProse.holdsTreatySeries(t, apposed, end)
                && DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(apposed + 6, end)), end - apposed - 6)) {
            start = apposed + 6;
            piece = t.substring(start, end);
        }
        // "…; the debate before the vote is UN Doc. S/PV.7907 (24 March 2017), pp. 3–6": a clause of plain words leads to the
        // document
        int[] marked = Character.isLowerCase(t.charAt(start)) && Signals.atStart(piece) == null
                ? DocumentsInProse.markedSymbolAfterProse(scan, start, end, 2) : null;
        if (marked != null && Prose.plainWords(t, start, marked[0], 2)) {
            start = marked[0];
            piece = t.substring(start, end);
        }
        // "The applicants in Tolvanen and Others v. Norland, App. No. …, lived below a dam": the parties named by a noun first
        // "…; the case is Koval and Others v. Ostravia, App. No. …": or a few words and "is"
        int caseAt = t.startsWith("The ", start) || t.startsWith("the ", start) ? LeadIns.caseAfterFewWords(t, start + 4, end) : -1;
        if (caseAt > 0 && caseThenNumbers(scan, caseAt, end) && ibidsInSentence(scan, caseAt, end).isEmpty()) {
            start = caseAt;
            piece = t.substring(start, end);
        }
        int next = signalAfterCitation(scan, start, end);
        if (next > 0) {
            // "Vale, Quays (Oxford: Kai, 2019), 45, see also Reed, Docks (…), 12": two citations, the second's signal
            // after a comma
            addPiece(scan, pieces, start, next - 2, sentence);
            addPiece(scan, pieces, next, end, sentence);
            return;
        }
        Signals.Match signal = Signals.atStart(piece);
        if (Signals.isCrossReference(signal == null ? piece : piece.substring(signal.length()))) return;
        if (signal == null && pointsToAChapter(t, start, end)) return;
        // "Compare the view of the Court with …": a sentence that compares, not Bluebook's signal before a citation
        if (signal != null && (signal.signal().equals("Compare") || signal.signal().equals("Contrast"))
                && Character.isLowerCase(piece.charAt(signal.length()))
                && !piece.startsWith("id.", signal.length())) {
            signal = null;
        }
        if (signal != null) {
            addCited(scan, start, end, signal, sentence, pieces);
            return;
        }
        // "The Friendly Relations Declaration, GA res. 2625 (XXV), 24 October 1970, annex, says nothing of …": a resolution
        // set off by commas after the name the sentence gives it; the sentence may go on to a source after a colon
        int[] resolution = DocumentsInProse.resolutionSetOffByCommas(scan, start, end);
        if (resolution != null) {
            pieces.add(new Piece(resolution[0], resolution[1], sentence));
            int colon = scan.indexOfTop(": ", resolution[1]);
            int s = colon > 0 && colon < end ? citationAfterColon(scan, resolution[1] + 1, end) : -1;
            if (s > 0) {
                addCited(scan, s, end, null, sentence, pieces);
                return;
            }
            // "…, HRC res. 25/22, 28 March 2014, para. 1, being the first …, but the vote … (UN Doc. A/HRC/25/SR.58 (…))":
            // sources set off later in the sentence
            int after = resolution[1] + 1;
            for (int[] more = citationSetOff(scan, after, end); more != null && more[0] > after; more = citationSetOff(scan, after, end)) {
                addSetOff(pieces, t, more, sentence);
                after = more[1] + 1;
            }
            return;
        }
        // "The Council's approach in resolution 1483 (2003), 22 May 2003, paras. 4–5, was not repeated": a resolution by
        // number inside a sentence of prose, its organ named before it
        int[] byNumber = DocumentsInProse.resolutionInSentence(scan, start, end);
        if (byNumber != null) {
            pieces.add(new Piece(byNumber[0], byNumber[1], sentence));
            return;
        }
        // "Vale makes the same point (Title, 91)": the name that opens the sentence is the short form's author
        int[] set = CitationParser.possessiveAsShortForm(piece) == null ? citationSetOff(scan, start, end) : null;
        if (set != null) {
            // "… nothing in Strait of Velmar, paras. 44–6, distinguishes the cargo, and the court had no occasion to
            // (Demir-Halloway, para. 91)": a short form named earlier in the sentence comes first; "… in his first report,
            // UN Doc. A/CN.4/501 (1999), para. 12, and echoed … (UN Doc. …)": or UN documents named in it
            int[] before = LeadIns.titleNamedMidSentence(scan, start, set[0] - 1);
            if (before == null) before = caseBeforeSetOff(scan, start, set[0]);
            if (before != null) pieces.add(new Piece(before[0], before[1], sentence));
            else {
                List<int[]> documents = DocumentsInProse.documentsInProse(scan, start, set[0] - 1);
                for (int[] d : documents) pieces.add(new Piece(d[0], d[1], sentence));
                int named = documents.isEmpty() ? sourceInProseBefore(scan, start, set[0] - 1) : -1;
                if (named > 0) addCited(scan, named, Sentences.trimEnd(t, named, set[0] - 1), null, sentence, pieces);
                // "… where Osei, Self-Defence, p. 212, left it, but it makes … (cf. …)": a short form as a clause's subject
                int[] subject = named < 0 && documents.isEmpty() ? shortFormBeforeClause(scan, start, set[0] - 1) : null;
                if (subject != null) pieces.add(new Piece(subject[0], subject[1], sentence));
                // "Sunniva Abara, ‘Returned to Whom?’, Notes (blog), …, (accessed …) – and the Secretary-General had foreseen it
                // (A/76/207, para. 31)": the stretch opens with a citation, which the dash closing an aside ends
                int dash = named < 0 && documents.isEmpty() ? asideDash(t, start, set[0] - 1) : -1;
                if (dash > 0 && Character.isUpperCase(t.charAt(start)) && namesThenQuotedTitle(scan, start, dash)) {
                    addCited(scan, start, Sentences.trimEnd(t, start, dash), null, sentence, pieces);
                }
            }
            addSetOff(pieces, t, set, sentence);
            // "Neither the Declaration (GA res. 2625 (XXV), annex) nor the Commission’s principles (A/74/10, para. 70) were
            // drafted …": more sources set off later in the same sentence
            int after = set[1] + 1;
            for (int[] more = citationSetOff(scan, after, end); more != null && more[0] > after; more = citationSetOff(scan, after, end)) {
                addSetOff(pieces, t, more, sentence);
                after = more[1] + 1;
            }
            // "(…), and the register of the International Council on Archival Heritage (n. 8 above) now lists …"
            int[] pointer = after < end ? nameThenNoteInBrackets(scan, after, end) : null;
            if (pointer != null) {
                pieces.add(new Piece(pointer[0], pointer[1], sentence));
                after = pointer[1] + 1;
            }
            // "… a century ago (Kettleby-Vance, Belligerent Rights, p. 203) and is answered the same way today: Renwick-Adu,
            // n. 1 above, pp. 211–14": the sentence goes on to name another source after a colon
            int colon = after < end ? scan.indexOfTop(": ", after) : -1;
            int s = colon > 0 && colon < end ? citationAfterColon(scan, after, end) : -1;
            // "(…), and it was settled only later by the Agreement on …, 2271 U.N.T.S. 114": or in a clause of its own
            if (s < 0 && after < end) s = citationInClauseAfter(scan, after, end);
            // "(…), the limits are …, and the objection I take from Sato-Haldane, ‘Prolonged Occupation’, p. 238, without …"
            if (s < 0 && after < end) s = LeadIns.sourceNamedInProse(scan, after, end);
            if (s < 0 && after < end) {
                // "(Sea Lark Award, paras. 224–27); ibid., para. 231, adds that …": ibid. as the subject of the clause after
                List<int[]> ibids = ibidsInSentence(scan, after - 1, end);
                for (int[] ibid : ibids) pieces.add(new Piece(ibid[0], ibid[1], sentence));
                if (!ibids.isEmpty()) return;
            }
            // "(1884 Convention, art. 15) that Vale, supra n. 1, 230, calls a trapdoor": a short form as the subject of the
            // clause after the brackets, the sentence's words before them its lead-in
            int[] subject = s < 0 && after < end ? shortFormBeforeClause(scan, after, end, 1) : null;
            if (subject != null) {
                pieces.add(new Piece(subject[0], subject[1], sentence));
                return;
            }
            // "(…) helps neither side, a distinction first drawn, so far as I can find, in Tomas Velde, Strangers (…), p. 88"
            if (s < 0 && after < end) s = LeadIns.workAfterProseIn(scan, after, end);
            if (s > 0) addCited(scan, s, end, null, sentence, pieces);
            return;
        }
        // "Compare A, 70, and B, 41, with C, 12": the second of the compared works before "with" carries no signal
        int withAt = signal == null ? t.indexOf(", with ", start) : -1; // the cheap test first
        int with = withAt > 0 && withAt < end && insideComparison(t, start) ? comparedWith(scan, start, end) : -1;
        if (with > 0) {
            pieces.add(new Piece(start, with, sentence));
            pieces.add(new Piece(with + 2, end, sentence, false, false, true));
            return;
        }
        // "Ekwueme-Strand, Last Trust, 23–25, who does not": a short form, then a clause about it; "As Oyelaran-Holt,
        // “Petitioning the World,” 240–44, has shown, …": the same after the conjunction that opens the sentence
        int subject = t.startsWith("As ", start) ? start + 3 : start;
        // "Yes, says Rosenthal-Adu, op. cit., pp. 212–19, since …": the answer and the verb of saying before the author
        int said = subject == start ? LeadIns.afterInvertedSaying(t, start, end) : -1;
        if (said > 0) subject = said;
        // "As argued in Halse, Quays and Consent, pp. 201–4, the Court …": the words of the lead-in too
        if (subject > start && subject < end && Character.isLowerCase(t.charAt(subject))) {
            int named = LeadIns.afterPrepositionLeadIn(t, subject, end);
            if (named > 0) subject = named;
        }
        int shortEnd = shortFormBeforeItsClause(scan, subject, end);
        // "…; Armed Activities, para. 178, is the passage usually quoted": a short title and its pinpoint as a subject
        if (shortEnd < 0 && subject == start && Character.isUpperCase(t.charAt(start)) && t.indexOf(", ", start) > 0) {
            shortEnd = LeadIns.titleThenPinpointBeforeClause(scan, start, end);
            if (shortEnd == end) shortEnd = -1; // no clause follows: the stretch is the short form, read below
            if (shortEnd > 0) {
                // "Charter of the United Nations, art. 2, para. 4": the pinpoint goes on, no clause
                int after = scan.indexOfTop(',', shortEnd + 1);
                if (Parts.locators(t.substring(shortEnd + 1, after > 0 && after < end ? after : end), true) != null) shortEnd = -1;
            }
        }
        if (shortEnd > 0 && !remarkFollows(t, shortEnd + 1)) {
            pieces.add(new Piece(subject, shortEnd, sentence));
            // "Vale, op. cit., p. 31, dates the change to 1928, pace Reyes, ‘Threshold’, p. 207, who …": the clause goes on
            // to a source of its own
            int more = Signals.embedded(scan, shortEnd + 1, end);
            if (more < 0) more = LeadIns.citationAfterPace(scan, shortEnd + 1, end);
            // "…, 88, reads the records as silence, and so does the only other contributor, Marten Q, “Parts,” in …"
            if (more < 0) more = citationAfterComma(scan, shortEnd + 1, end);
            // "Preah Vihear, at p. 36, is sometimes read as …, a reading the 1954 Convention makes plausible: Convention for …"
            if (more < 0) more = citationAfterColon(scan, shortEnd + 1, end);
            // "Pulp Mills, para. 204, suggests that …, and Holt, supra n. 8, 322–25, would write …": a second short form as
            // the subject of a clause of its own
            int[] second = more < 0 ? shortFormBeforeClause(scan, shortEnd + 1, end) : null;
            if (second != null) {
                pieces.add(new Piece(second[0], second[1], sentence));
                return;
            }
            if (more > 0) addCited(scan, more, end, null, sentence, pieces);
            // "…, thinks the rule too old, and Sato-Haldane (n. 4 above, at pp. 226–9) would confine it": a second author's
            int[] pointer = more > 0 ? null : nameThenNoteInBrackets(scan, shortEnd + 1, end);
            if (pointer != null) pieces.add(new Piece(pointer[0], pointer[1], sentence));
            return;
        }
        // "Vidal-Stroud (“Equitable Use Revisited,” 170) is more cautious": the author, the short form in brackets, a clause
        int[] authorFirst = t.indexOf(" (", start) > 0 ? nameThenQuotedInBrackets(scan, start, end) : null;
        if (authorFirst != null && authorFirst[0] == start && authorFirst[1] < end) {
            pieces.add(new Piece(start, authorFirst[1], sentence));
            return;
        }
        // "The Guidelines treat it as an aggravating factor, Enforcement Guidelines, supra note 2, § III.E, but say nothing
        // …": a short form set off by commas inside a sentence
        int[] supra = supraSetOffByCommas(scan, start, end);
        if (supra == null) supra = nameThenNoteInBrackets(scan, start, end);
        if (supra != null) {
            pieces.add(new Piece(supra[0], supra[1], sentence));
            return;
        }
        if (Prose.readsAsProse(scan, start, end) || Prose.isPlainSentence(scan, start, end)) {
            // "The translator’s introduction to the latter, ibid., pp. ix–xxiv, is the best short guide": ibid. set off by commas
            List<int[]> ibids = ibidsInSentence(scan, start, end);
            if (!ibids.isEmpty()) {
                // "It came closest in Velmaran v. Velmara, 601 U.S. 512 (2024), which held …, id. at 520–21": the work the
                // first ibid. points back to may be cited earlier in the same sentence
                if (holdsDigit(t, start, ibids.get(0)[0])) addPiece(scan, pieces, start, ibids.get(0)[0], sentence);
                for (int[] ibid : ibids) pieces.add(new Piece(ibid[0], ibid[1], sentence));
                return;
            }
            int s = embeddedComparison(scan, start, end);
            if (s < 0) s = Signals.embedded(scan, start, end);
            int[] quoted = s < 0 ? quotedWorkMidSentence(scan, start, end) : null;
            if (quoted != null) {
                pieces.add(new Piece(quoted[0], quoted[1], sentence));
                return;
            }
            if (s < 0) {
                s = citationAfterComma(scan, start, end);
                // "… no better guide than Magnus Orr, Listening: Seismology, Diplomacy, and the Test Ban (…)": a citation
                // that starts after a lead-in holds the comma found
                int lead = s > 0 ? LeadIns.citationAfterLeadIn(scan, start, end) : -1;
                if (lead > 0 && lead < s) s = lead;
            }
            if (s < 0) s = LeadIns.citationAfterLeadIn(scan, start, end);
            if (s < 0) s = LeadIns.caseAfterLeadIn(scan, start, end);
            if (s < 0) s = DocumentsInProse.resolutionAfterLeadIn(scan, start, end);
            if (s < 0) s = citationAfterColon(scan, start, end);
            if (s < 0) {
                s = LeadIns.sourceNamedInProse(scan, start, end);
                // "It is the thread that runs through Vale, Quiet Sea, 290–301, and through Orvik, supra n. 1, 240–42": a
                // short form earlier in the clause that leads to the one named last
                int[] earlier = s > 0 ? shortFormBeforeClause(scan, start, s) : null;
                if (earlier != null) pieces.add(new Piece(earlier[0], earlier[1], sentence));
                // "Its fullest statement is a collection, Keiko Vant and Paul Mir (eds), Whales (…), several of whose …, in
                // Hiroshi Tanabe, Why We Sample (…)": or a work cited in full earlier, up to the clause after it
                int full = s > 0 && earlier == null ? citationAfterProse(scan, start, s) : -1;
                if (full > 0) pieces.add(new Piece(full, clauseAfterCitation(scan, full, s), sentence));
            }
            if (s < 0) s = LeadIns.workAfterProseIn(scan, start, end);
            if (s < 0) s = DocumentsInProse.codeAfterLeadIn(scan, start, end);
            if (s < 0) s = DocumentsInProse.treatyNamedInProse(scan, start, end);
            if (s < 0) s = LeadIns.citationAfterApposition(scan, start, end);
            int[] named = s < 0 ? LeadIns.titleNamedMidSentence(scan, start, end) : null;
            if (named == null && s < 0) named = shortFormBeforeClause(scan, start, end);
            if (named == null && s < 0) s = LeadIns.proseLeadInToCitation(scan, start, end);
            if (named == null && s < 0) s = LeadIns.possessiveAfterLeadIn(scan, start, end);
            if (named == null && s < 0) {
                // "… in its second report, A/HRC/56/49 (3 June 2024), paras. 77–85, and the Assembly, in GA res. 78/219, 19
                // December 2023, para. 6, had …": UN documents named inside the sentence, each with its date and pinpoint
                List<int[]> documents = DocumentsInProse.documentsInProse(scan, start, end);
                if (!documents.isEmpty()) {
                    for (int[] d : documents) pieces.add(new Piece(d[0], d[1], sentence));
                    return;
                }
            }
            if (named != null) {
                pieces.add(new Piece(named[0], named[1], sentence));
                return;
            }
            if (s >= 0) {
                // "… endorsed them without a vote, GA res. 62/217, para. 26 (…), and … than Report of …, UN Doc. A/74/20": UN
                // documents set off in the prose before the source found
                if (s > start + 1) {
                    List<int[]> documents = DocumentsInProse.documentsInProse(scan, start, end);
                    // "… against the Montreux Document on … during Armed Conflict, UN Doc. A/63/467 (…)": a document whose
                    // title holds the source found is the citation
                    int found = s;
                    if (documents.stream().anyMatch(d -> d[0] < found && found < d[1])) {
                        for (int[] d : documents) pieces.add(new Piece(d[0], d[1], sentence));
                        return;
                    }
                    for (int[] d : documents) if (d[1] < s) pieces.add(new Piece(d[0], d[1], sentence));
                }
                // "For the argument …, see infra Part III.B": prose pointing to the article's own parts
                String cited = t.substring(s, end);
                Signals.Match inner = Signals.atStart(cited);
                // "… a clause that Vale, n. 1 above, at 230, calls a trapdoor": a short form as the subject of a clause
                int subjectEnd = inner == null ? shortFormBeforeItsClause(scan, s, end) : -1;
                // (a clause holding a digit may go on to a source of its own: the citation is read whole, below)
                if (subjectEnd > 0 && !remarkFollows(t, subjectEnd + 1) && !holdsDigit(t, subjectEnd, end)) {
                    pieces.add(new Piece(s, subjectEnd, sentence));
                } else if (!Signals.isCrossReference(inner == null ? cited : cited.substring(inner.length()))) {
                    addCited(scan, s, end, inner, sentence, pieces);
                }
            } else if (Evidence.strong(t, start, end) || CitationParser.possessiveAsShortForm(t.substring(start, end)) != null) {
                // "Lindahl’s discussion in Heritage under Fire, 45–50, is the fullest": a short form told as prose; "…
                // (Making of the Convention, 50) has been questioned by Okoro (“Myth of Drafting,” 15–18)": and a second
                int close = t.indexOf(") ", start);
                int[] second = close > 0 && close < end ? nameThenQuotedInBrackets(scan, close + 1, end) : null;
                if (second != null && CitationParser.possessiveAsShortForm(t.substring(start, close + 1)) != null) {
                    pieces.add(new Piece(start, close + 1, sentence));
                    pieces.add(new Piece(second[0], second[1], sentence));
                } else {
                    int cited = citationAfterProse(scan, start, end);
                    addCited(scan, cited > start ? cited : start, end, null, sentence, pieces);
                }
            }
            return;
        }
        // "Henrike Aber, ‘Guarding the Guards’, Yearbook 8 (2018), pp. 122–59, an argument that rests on a reading of A (B v.
        // C), …": a stretch that opens with a citation starts there, and the clause after it may lead to a second
        if (Character.isUpperCase(t.charAt(start)) && namesThenQuotedTitle(scan, start, end)) {
            addCited(scan, start, end, null, sentence, pieces);
            return;
        }
        int s = LeadIns.citationAfterLeadIn(scan, start, end);
        if (s < 0) s = LeadIns.workAfterProseIn(scan, start, end);
        if (s < 0) {
            // "Strasbourg found jurisdiction over a shooting abroad in Orlov v. Kestland, App. No. …, yet none …: Varno v. …":
            // a case after words of running prose (a case's own title holds none: "Application of the Convention … in …")
            int c = LeadIns.caseAfterLeadIn(scan, start, end);
            if (c > 0 && Prose.contentWords(t, start, c) >= 3) s = c;
        }
        if (s < 0) s = DocumentsInProse.resolutionAfterLeadIn(scan, start, end);
        if (s < 0) s = citationAfterColon(scan, start, end);
        if (s < 0) s = DocumentsInProse.codeAfterLeadIn(scan, start, end);
        if (s < 0) s = DocumentsInProse.treatyNamedInProse(scan, start, end);
        if (s < 0) s = LeadIns.citationAfterApposition(scan, start, end);
        if (s < 0) {
            // "Lostavia publishes none, and its practice has to be pieced together, which has been done … by Marek
            // Ostrowski-Lund, Dividing the Federation (…)": a longer lead-in of prose, with words of running text
            int named = LeadIns.proseLeadInToCitation(scan, start, end);
            if (named > 0 && Prose.contentWords(t, start, named) >= 3) s = named;
            // "Much of what follows relies on Vale’s reconstruction of the cases, The Quiet Sea, 88–97"
            int owner = s < 0 ? LeadIns.possessiveAfterLeadIn(scan, start, end) : -1;
            if (owner > 0 && Prose.contentWords(t, start, owner) >= 2) s = owner;
        }
        if (s < 0) {
            // "The last years are told in Quay-Strand, Last Harbour, 330–52": a lead-in of plain words only (a chapter's
            // "“Title,” in Kiel and Achterberg, Handbook, 88–112" is no lead-in)
            int plain = start;
            while (plain < end && (Character.isLetter(t.charAt(plain)) || " \u2019'-".indexOf(t.charAt(plain)) >= 0)) plain++;
            int named = plain > start ? LeadIns.sourceNamedInProse(scan, start, end, plain + 1) : -1;
            if (named > 0 && Prose.plainWords(t, start, named)) s = named;
        }
        if (s < 0) s = citationAfterProse(scan, start, end);
        addCited(scan, s > start ? s : start, end, null, sentence, pieces);
    }

    /**
     * The last resort for a stretch that holds a citation but opens with prose no lead-in above recognised: "Catch figures
     * in this chapter come from the Commission’s own tables, International Whaling Commission, ‘Catches’, …", "… has its
     * counterpart at Strasbourg, where Maelstrom Foundation v. Skarnia, App. No. …". After three words of running prose,
     * a comma or a word that leads to a source ("where", "in", "from", "by"), then a work by a person or a body, a decision
     * with its report, or a treaty cited in full. Where it starts, or -1.
     */
    private static int citationAfterProse(Scan scan, int start, int end) {
        String t = scan.text;
        // the cheap test first: each shape below needs bibliographic evidence or a case's parties
        if (!Evidence.strong(t, start, end) && t.indexOf(" v. ", start) < 0) return -1;
        int limit = Math.min(end, start + LEAD_IN_LIMIT);
        for (int i = start + 1; i < limit; i++) {
            char c = t.charAt(i);
            // the prose holds no quotation, bracket or number: a citation's own parts ("Name, ‘Title’, in …") do; a term
            // quoted in lower case ("the ‘process review’ of Tomasz Keller, …") is a word of the prose
            boolean quotedTerm = (Scan.isOpeningQuote(c) || c == '"') && i + 1 < end && Character.isLowerCase(t.charAt(i + 1));
            if ((Scan.isOpeningQuote(c) || c == '"') && !quotedTerm || c == '(' || c == '[' || Character.isDigit(c)) return -1;
            if (t.charAt(i - 1) != ' ' || !Character.isUpperCase(c) || !scan.top(i)) continue;
            int w = i - 2;
            while (w > start && Character.isLetter(t.charAt(w))) w--;
            String before = t.substring(w + 1, i - 1);
            boolean led = t.charAt(i - 2) == ',' || SOURCE_WORDS.contains(before);
            if (!led || Prose.contentWords(t, start, i) < 3) continue;
            if (namesThenWork(scan, i, end) || namesThenQuotedTitle(scan, i, end) || organisationThenQuotedTitle(scan, i, end)
                    || organisationThenWork(scan, i, end) || caseNamedWithItsReport(scan, i, end)
                    || DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(i, end)), end - i) || editedTitleWithImprint(scan, i, end)) {
                return i;
            }
        }
        return -1;
    }

    /** Words of prose that lead to the source named right after them. */
    private static final Set<String> SOURCE_WORDS = Set.of("where", "in", "from", "by", "see", "is", "as", "to", "of", "the");

    /** At {@code at}: a title in capitals, its editor after "ed." and an imprint: "Harbourne Manual on …, ed. Anne Vorst (Oxford: …)". */
    private static boolean editedTitleWithImprint(Scan scan, int at, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', at);
        if (comma < 0 || comma >= end || comma - at > 150) return false;
        return (t.startsWith(", ed. ", comma) || t.startsWith(", eds. ", comma)) && Prose.titleCasedName(t, at, comma)
                && imprintAfterTitle(scan, comma + 2, end);
    }

    /** Where a source named in the prose of [start, end), before a source set off in brackets, starts; or -1. */
    private static int sourceInProseBefore(Scan scan, int start, int end) {
        // "The conclusion is close to that of Vale, op. cit., pp. 69–71, though …, than its author expects (…)"
        int named = LeadIns.sourceNamedInProse(scan, start, end);
        // "…: so provides the International Covenant on … (New York, 16 December 1966, …), 999 UNTS 171, art. 6(1), …"
        if (named < 0) named = DocumentsInProse.treatyNamedInProse(scan, start, end);
        // "That is the conclusion of the one study of capture, Nils Gabor and Sara Diaz, Capture (…), pp. 201–34, …"
        if (named < 0) named = LeadIns.citationAfterApposition(scan, start, end);
        // "The numbers are in the figures of the body that paid for the prisons, Ocean Justice Institute, Trials (…), 17–23"
        if (named < 0) named = citationAfterComma(scan, start, end);
        return named;
    }

    /** A citation set off in brackets or dashes; "(S/PV.9001, p. 3; S/PV.9002, p. 5)" holds two, one each side of ";". */
    private static void addSetOff(List<Piece> pieces, String t, int[] span, int sentence) {
        Scan inner = Scan.of(t.substring(span[0], span[1]));
        int from = 0;
        for (int k = inner.indexOfTop(';', 0); k > 0; k = inner.indexOfTop(';', k + 1)) {
            addTrimmed(pieces, t, span[0] + from, span[0] + k, sentence);
            from = k + 1;
        }
        int participle = participleBetween(t, span[0] + from, span[1]);
        if (participle > 0 && bracketedCitation(t.substring(t.indexOf(' ', participle + 2) + 1, span[1]))) {
            addTrimmed(pieces, t, span[0] + from, participle, sentence);
            addTrimmed(pieces, t, t.indexOf(' ', participle + 2) + 1, span[1], sentence);
            return;
        }
        addTrimmed(pieces, t, span[0] + from, span[1], sentence);
    }

    /** "…, echoing …", "…, following …": a comma, then a participle that links one source to the next; the comma, or -1. */
    private static int participleBetween(String t, int from, int to) {
        for (int k = t.indexOf(", ", from); k > from && k < to; k = t.indexOf(", ", k + 2)) {
            for (String p : PARTICIPLES) if (t.startsWith(p, k)) return k;
        }
        return -1;
    }

    private static final String[] PARTICIPLES = {", echoing ", ", following ", ", adopting ", ", applying ", ", repeating "};

    private static void addTrimmed(List<Piece> pieces, String t, int from, int to, int sentence) {
        int end = Sentences.trimEnd(t, from, to);
        int start = Sentences.trimStart(t, from, end);
        if (end > start) pieces.add(new Piece(start, end, sentence));
    }

    /**
     * The citation at [start, end), opening with {@code signal} (or none); "Compare A, 12 Harb. L. Rev. 4 (2001), with B,
     * 13 Harb. L. Rev. 55 (2002)" is two citations compared, the second taking the pair's signal.
     */
    private static void addCited(Scan scan, int start, int end, Signals.Match signal, int sentence, List<Piece> pieces) {
        int with = signal != null && "Compare".equals(signal.signal()) ? comparedWith(scan, start + signal.length(), end) : -1;
        if (with > 0) {
            pieces.add(new Piece(start, with, sentence));
            pieces.add(new Piece(with + 2, end, sentence, false, false, true));
            return;
        }
        String t = scan.text;
        // "… in A v. B, App. No. 1/19 (…), paras. 118–27, yet none over bombardment: C v. D, App. No. …": a clause of prose
        // after the first citation's pinpoint leads to a second after a colon
        int[] split = clauseThenColon(scan, start, end);
        // "…, at pp. 9–14, traces and finds wanting, while Vale, op. cit., pp. 166–79, defends it": a clause about the first
        // work, then a conjunction and a short form as the subject of the next
        if (split == null) split = shortFormAfterConjunction(scan, start, end);
        // "…, p. 4, at 22, was read as reaching a ship by Ulrike Sandoval, Due Diligence (London: …, 2023), 88–104": a
        // clause of prose after the first citation's pinpoint names a second work
        if (split == null) split = workNamedInClauseAfter(scan, start, end);
        if (split != null) {
            pieces.add(new Piece(start, split[0], sentence));
            addCited(scan, split[1], end, null, sentence, pieces);
            return;
        }
        // "International Convention for the Regulation of Whaling (…), 161 UNTS 72, art. VIII(1), allows … ‘for purposes of
        // scientific research’": a treaty cited in full as the subject of a clause ends before it (its quotations are prose)
        if (Character.isUpperCase(t.charAt(start)) && DocumentsInProse.holdsTreatySeries(t, start, end)
                && DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(start, end)), end - start)) {
            int clause = clauseAfterCitation(scan, start, end);
            if (clause < Sentences.trimEnd(t, start, end) && holdsQuotation(t, clause, end)) end = clause;
        }
        // "… in Name v. State, …, paras. 88–94, the Court held that it was unlawful (ibid., para. 102)": the source of the
        // clause after the citation, in brackets closing the sentence, is a citation of its own
        int close = Sentences.trimEnd(t, start, end);
        int open = close > start && t.charAt(close - 1) == ')' ? t.lastIndexOf(" (", close) : -1;
        if (open > start && ibidWithPinpoint(t.substring(open + 2, close - 1)) && Character.isLetterOrDigit(t.charAt(open - 1))
                && Prose.lowerCaseWords(t, start, open) >= 3) {
            pieces.add(new Piece(start, open, sentence));
            pieces.add(new Piece(open + 2, close - 1, sentence));
            return;
        }
        pieces.add(new Piece(start, end, sentence));
    }

    /**
     * In the citation at [start, end): a pinpoint, a comma, a clause of prose opened by a conjunction and a colon before
     * a second citation. The first citation's end and the second's start, or null.
     */
    private static int[] clauseThenColon(Scan scan, int start, int end) {
        String t = scan.text;
        for (int c = scan.indexOfTop(": ", start); c > start && c + 2 < end; c = scan.indexOfTop(": ", c + 2)) {
            int comma = t.lastIndexOf(", ", c);
            if (comma <= start || !scan.top(comma)) continue;
            int w = comma + 2;
            int e = w;
            while (e < c && Character.isLowerCase(t.charAt(e))) e++;
            if (e == c || t.charAt(e) != ' ' || !CLAUSE_CONJUNCTIONS.contains(t.substring(w, e)) || holdsDigit(t, w, c)) continue;
            int pin = t.lastIndexOf(", ", comma - 1);
            Parts.Locator loc = pin > start ? Parts.locators(t.substring(pin + 2, comma), true) : null;
            if (loc == null) continue;
            int s = citationAfterColon(scan, w, end);
            if (s == c + 2) return new int[] {comma, s};
        }
        return null;
    }

    /**
     * In the citation at [start, end): ", while", ", whereas" or ", and which" before a short form; the first's end and the
     * second's start.
     */
    private static int[] shortFormAfterConjunction(Scan scan, int start, int end) {
        String t = scan.text;
        for (String conjunction : new String[] {", while ", ", whereas ", ", and which "}) {
            for (int k = t.indexOf(conjunction, start); k > start && k < end; k = t.indexOf(conjunction, k + 2)) {
                int s = k + conjunction.length();
                if (!scan.top(k) || s >= end || !Character.isUpperCase(t.charAt(s))) continue;
                // "…, and which Vale, ‘Borders’, p. 111, concedes …": the same with a quoted short title
                if (shortFormThenPinpoint(scan, s, end) || shortFormToEnd(scan, s, end) || quotedShortFormThenClause(scan, s, end)) {
                    return new int[] {k, s};
                }
            }
        }
        return null;
    }

    /**
     * In the citation at [start, end): a pinpoint, a comma and a clause of prose in lower case (three words or more) that
     * leads to a second work cited in full, by a person or a body, or to a decision with its report. The first citation's
     * end (the comma) and the second's start, or null.
     */
    private static int[] workNamedInClauseAfter(Scan scan, int start, int end) {
        String t = scan.text;
        int comma = clauseComma(scan, start, end);
        if (comma < 0) return null;
        int clauseEnd = Math.min(end, comma + 2 + LEAD_IN_LIMIT);
        int s = LeadIns.workAfterProseIn(scan, comma + 2, clauseEnd);
        if (s < 0) s = LeadIns.citationAfterLeadIn(scan, comma + 2, clauseEnd);
        if (s < 0) s = LeadIns.citationAfterApposition(scan, comma + 2, clauseEnd);
        if (s < 0) {
            int c = LeadIns.caseAfterLeadIn(scan, comma + 2, clauseEnd);
            // "…, 1965, to the pulp mills on the Uruguay, Pulp Mills (A v. B), Judgment, I.C.J. Reports 2010, p. 14": a word
            // of prose is enough before a case named with its report
            int words = c > 0 ? Prose.contentWords(t, comma + 2, c) : 0;
            if (words >= 3) s = c;
            else if (words >= 1 && caseNamedWithItsReport(scan, c, end)) return new int[] {comma, c};
        }
        if (s < 0) {
            int n = LeadIns.sourceNamedInProse(scan, comma + 2, clauseEnd);
            if (n > 0 && (namesThenWork(scan, n, end) || organisationThenWork(scan, n, end))) s = n;
        }
        if (s < 0) s = workAfterShortClause(scan, comma + 2, end);
        if (s < 0) s = titleThenPointerAfterProse(scan, comma + 2, clauseEnd);
        // "…), checked against Cetacean Watch, Whaling (Hobart: …, 2024), pp. 7–19": two words of prose are enough; "… (2d
        // Cir. 2003), a decision that Hallam Obi, Crime (London: …, 2016), ch. 4, treats as …": or a noun and "that"
        if (s > 0 && (Prose.contentWords(t, comma + 2, s) >= 2 || nounThenThat(t, comma + 2, s)) && !holdsDigit(t, comma + 2, s)) {
            return new int[] {comma, s};
        }
        // "… (Abingdon: Kestrel, 2016), several of whose contributors …, became a book of its own: Hiroshi Tanabe, …"
        int colon = scan.indexOfTop(": ", comma + 2);
        if (colon > 0 && colon < clauseEnd && !holdsDigit(t, comma + 2, colon) && Prose.contentWords(t, comma + 2, colon) >= 4
                && citationAfterColon(scan, comma + 2, end) == colon + 2) {
            return new int[] {comma, colon + 2};
        }
        return null; // the first clause of prose decides
    }

    /**
     * "…, an argument that rests on a reading of Application of the Genocide Convention, n. 5 above, para. 406, that …": after
     * a word of prose, a title in capitals and the note its work was cited in; where the title starts, or -1.
     */
    private static int titleThenPointerAfterProse(Scan scan, int from, int end) {
        String t = scan.text;
        for (int i = from + 1; i < end; i++) {
            if (!Character.isUpperCase(t.charAt(i)) || t.charAt(i - 1) != ' ' || !scan.top(i) || !lowerCaseWordBefore(t, i - 1)) continue;
            int comma = scan.indexOfTop(',', i);
            if (comma < 0 || comma + 2 >= end || comma - i > 120) return -1;
            if (Prose.titleCasedName(t, i, comma) && workPointerEnd(t, comma + 2, end) > 0) return i;
        }
        return -1;
    }

    /** "a decision that ", "the judgment which ": an article, a noun and a relative pronoun, from {@code from} to {@code to}. */
    private static boolean nounThenThat(String t, int from, int to) {
        String words = t.substring(from, to).strip();
        String[] w = words.split(" ");
        return w.length == 3 && (w[0].equals("a") || w[0].equals("an") || w[0].equals("the"))
                && (w[2].equals("that") || w[2].equals("which")) && w[1].chars().allMatch(Character::isLowerCase);
    }

    /**
     * "checked against Cetacean Watch, Whaling (Hobart: …, 2024)": a clause of one to three lower-case words, then a work by
     * a body or a person with its imprint or quoted title; where the work starts, or -1.
     */
    private static int workAfterShortClause(Scan scan, int from, int end) {
        String t = scan.text;
        int words = 0;
        for (int i = from; i < end && words <= 3; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                words++;
                continue;
            }
            if (!Character.isLetter(c)) return -1;
            if (i > from && t.charAt(i - 1) == ' ' && Character.isUpperCase(c)) {
                return organisationThenWork(scan, i, end) || organisationThenQuotedTitle(scan, i, end) || namesThenWork(scan, i, end)
                        || namesThenQuotedTitle(scan, i, end) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * From a citation's start: the comma after its pinpoint or its closing brackets that opens a clause of prose, where
     * the citation ends; {@code to} when none does before it.
     */
    private static int clauseAfterCitation(Scan scan, int from, int to) {
        int comma = clauseComma(scan, from, to);
        return comma > 0 ? comma : Sentences.trimEnd(scan.text, from, to);
    }

    /**
     * In a citation from {@code from}: the first comma after a pinpoint or after the brackets that close an imprint or an
     * access date that opens a clause of prose, or -1. "…, 201–26, at 210": the pinpoint goes on; "…, 2019, accessed …",
     * "…, 45, quoting …": parts of the citation; "…, 57–102, and the engineer’s, …": "and" before words of prose opens a
     * clause.
     */
    private static int clauseComma(Scan scan, int from, int to) {
        String t = scan.text;
        for (int comma = scan.indexOfTop(',', from); comma > from && comma + 2 < to; comma = scan.indexOfTop(',', comma + 1)) {
            char before = t.charAt(comma - 1);
            // "…, accessed May 2, 2025, https://example.org/faq, promises to …": a URL ends a citation too
            if (!Character.isDigit(before) && before != ')' && !urlEndsAt(t, from, comma) || !Character.isLowerCase(t.charAt(comma + 2))) {
                continue;
            }
            int e = comma + 2;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            String word = t.substring(comma + 2, e);
            if (t.startsWith("://", e) || t.startsWith(".", e) && word.equals("www")) continue; // the URL itself
            if (!Parts.isLocatorWord(word) && (!CITATION_WORDS.contains(word) || word.equals("and") && proseAfterAnd(t, e, to))) {
                return comma;
            }
        }
        return -1;
    }

    /** The first dash that sets off an aside (" – " or an em dash) in [from, to), or -1. */
    private static int asideDash(String t, int from, int to) {
        int en = t.indexOf(" \u2013 ", from);
        int em = t.indexOf('\u2014', from);
        int dash = en < 0 ? em : em < 0 ? en : Math.min(en, em);
        return dash > from && dash < to ? dash : -1;
    }

    /** Whether the word before {@code comma} (after {@code from}) is a URL. */
    private static boolean urlEndsAt(String t, int from, int comma) {
        int s = t.lastIndexOf(' ', comma - 1) + 1;
        return s > from && (t.startsWith("http://", s) || t.startsWith("https://", s) || t.startsWith("www.", s));
    }

    /** Whether an opening quotation mark stands in [from, to). */
    private static boolean holdsQuotation(String t, int from, int to) {
        for (int i = from; i < to; i++) if (Scan.isOpeningQuote(t.charAt(i)) || t.charAt(i) == '"') return true;
        return false;
    }

    /** After "and" at {@code e}: "the" and a lower-case word, words of prose rather than a locator or a second name. */
    private static boolean proseAfterAnd(String t, int e, int end) {
        if (!t.startsWith(" the ", e) || e + 5 >= end) return false;
        return Character.isLowerCase(t.charAt(e + 5));
    }

    /** Lower-case words that go on a citation after a comma: its access date, an aside on its source, a translator. */
    private static final Set<String> CITATION_WORDS = Set.of("accessed", "available", "quoting", "citing", "trans", "ed", "eds",
            "emphasis", "footnote", "footnotes", "internal", "repr", "reprinted", "rev", "updated", "last", "archived", "in",
            "and", "n", "nn", "cert", "aff", "rev'd", "vacated", "appeal", "denied", "esp", "especially", "passim", "ff");

    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("yet", "but", "while", "whereas", "though", "although", "and");

    /**
     * "When the Court returned to it, in Consular Access (A v. B), Judgment, I.C.J. Reports 2021, p. 302, paras. 64–71, it
     * was careful … (ibid., para. 73)": a case cited in full after "in" earlier in the sentence than the source set off
     * at {@code setOff}; the case's [start, end) up to the bracket, its clause left to the parser, or null.
     */
    private static int[] caseBeforeSetOff(Scan scan, int start, int setOff) {
        String t = scan.text;
        int open = setOff - 1;
        while (open > start && t.charAt(open) != '(' && t.charAt(open) != '\u2014') open--;
        if (open <= start) return null;
        int s = LeadIns.caseAfterLeadIn(scan, start, open);
        return s < 0 ? null : new int[] {s, Sentences.trimEnd(t, s, open)};
    }

    /** "n. 4 above, at pp. 226–9", "supra n. 2, xxiv–xxvii", "n 7, para. 3": the note a work was cited in, and a pinpoint. */
    private static final Pattern NOTE_IN_BRACKETS = Pattern.compile(
            "(?:supra |above )?(?:n\\.?|note) \\d{1,3}(?: above)?(?:, (?:at )?\\S[^()]{0,40})?");

    /**
     * "…, and Sato-Haldane (n. 4 above, at pp. 226–9) would confine it …": inside a sentence, a name, then in brackets the
     * note its work was cited in, with the pinpoint, and a clause going on after them; the [start, end) of the name and the
     * brackets, or null.
     */
    private static int[] nameThenNoteInBrackets(Scan scan, int start, int end) {
        String t = scan.text;
        for (int k = t.indexOf(" (", start); k > start && k < end; k = t.indexOf(" (", k + 2)) {
            char first = k + 2 < end ? t.charAt(k + 2) : ' ';
            if (first != 'n' && first != 's' && first != 'a' || !scan.top(k)) continue; // the cheap test first
            int close = closingBracket(t, k + 1, end);
            if (close < 0 || close + 2 >= end || !NOTE_IN_BRACKETS.matcher(t.substring(k + 2, close)).matches()) continue;
            int s = k;
            while (s > start && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '-')) s--;
            if (s == k || !Character.isUpperCase(t.charAt(s)) || s > start && t.charAt(s - 1) != ' ') continue;
            if (!Character.isLowerCase(t.charAt(close + 2))) continue;
            Names.Kind kind = Names.kind(t.substring(s, k));
            if (kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.ORG) {
                // "… the register of the International Council on Archival Heritage (n. 8 above) now lists …": a body's name
                int body = bodyNameStart(t, start, s);
                return new int[] {body, close + 1};
            }
        }
        return null;
    }

    /**
     * Before the capitalised word at {@code last}: the start of a body's name of capitalised words joined by "of", "on",
     * "for", "and", "the" ("International Council on Archival Heritage"), or {@code last} when a lower-case word comes first.
     */
    private static int bodyNameStart(String t, int start, int last) {
        int name = last;
        int w = last - 1; // the space before the word
        while (w > start) {
            int s = w;
            while (s > start && Character.isLetter(t.charAt(s - 1))) s--;
            if (s == w || s > start && t.charAt(s - 1) != ' ') break;
            String word = t.substring(s, w);
            if (Character.isUpperCase(word.charAt(0))) name = s;
            else if (!word.equals("of") && !word.equals("on") && !word.equals("for") && !word.equals("and") && !word.equals("the")) break;
            w = s - 1;
        }
        return name;
    }

    /** A part between top-level commas, or two joined ("May 6, 2024"), that is a full date. */
    private static boolean holdsFullDate(Scan scan, String inner) {
        List<String> parts = scan.splitTopCommas(0, inner.length());
        for (int i = 0; i < parts.size(); i++) {
            String one = parts.get(i).strip();
            String two = i + 1 < parts.size() ? one + ", " + parts.get(i + 1).strip() : one;
            Dates.Parsed date = Dates.whole(two);
            if (date == null || date.iso() == null || date.iso().length() < 10) date = Dates.whole(one);
            if (date != null && date.iso() != null && date.iso().length() == 10) return true;
        }
        return false;
    }

    /** The word ending just before {@code space} is written in lower case ("diary", not "Sato-Haldane" or "Judgement"). */
    static boolean lowerCaseWordBefore(String t, int space) {
        int w = space;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
        return w < space && Character.isLowerCase(t.charAt(w));
    }

    /** "; hereinafter X", "; hereafter X": a name defined for the citation before the semicolon, at {@code from}. */
    private static boolean aliasFollows(String t, int from) {
        while (from < t.length() && t.charAt(from) == ' ') from++;
        return t.startsWith("hereinafter ", from) || t.startsWith("hereafter ", from);
    }

    /**
     * A citation set off from a sentence of prose by brackets or dashes: "The reasoning has been criticised (see,
     * for example, Prosecutor v. Dallin, 41 F.4th 233 (7th Cir. 2022)), though not widely", "The point is
     * developed at length—Rosalind Emberly-Katz, “Ruins and Remedies,” … 220–24—and has been widely followed".
     * Inside, a lower-case signal, or names then a quoted title or bibliographic evidence; before, words of
     * prose. The citation's [start, end), or null.
     */
    private static int[] citationSetOff(Scan scan, int start, int end) {
        String t = scan.text;
        // a long sentence of discursive prose may close with its source: twice a lead-in's length, still linear
        int limit = Math.min(end, start + 2 * LEAD_IN_LIMIT);
        for (int i = start + 1; i < limit; i++) {
            char c = t.charAt(i);
            // dashes: an em dash, or an en dash with spaces round it (" – ", the British way)
            boolean enDash = c == '\u2013' && t.charAt(i - 1) == ' ' && i + 1 < end && t.charAt(i + 1) == ' ';
            if (c != '(' && c != '\u2014' && !enDash || !scan.top(i)) continue;
            int s = i + 1;
            while (s < end && t.charAt(s) == ' ') s++;
            if (s >= end || Prose.lowerCaseWords(t, start, i) == 0) continue;
            // "(on which see Renwick-Adu, Visit and Search, pp. 140–52)": the relative words before the signal
            if (c == '(' && (t.startsWith("on which see ", s) || t.startsWith("for which see ", s))) s = t.indexOf("see ", s);
            Signals.Match signal = Signals.atStart(t.substring(s, Math.min(end, s + 40)));
            if (c == '(') {
                int close = closingBracket(t, i, end);
                // "… has “outrun its mandate” (ibid., 870)": the source of a quotation, in brackets after it
                if (signal == null && close > 0 && ibidWithPinpoint(t.substring(s, close))) return new int[] {s, close};
                // "(ibid., para. 209, echoing General Comment 36, para. 12)": and the source it follows, after a participle
                int participle = signal == null && close > 0 ? participleBetween(t, s, close) : -1;
                if (participle > 0 && ibidWithPinpoint(t.substring(s, participle))) return new int[] {s, close};
                // "… by Anand-Rourke in his introduction to the diary (supra n. 2, xxiv–xxvii)": the note the work was cited
                // in, after words of prose (a name right before the brackets is the work's author: nameThenNoteInBrackets)
                if (signal == null && close > 0 && i >= 2 && t.charAt(i - 1) == ' ' && lowerCaseWordBefore(t, i - 1)
                        && NOTE_IN_BRACKETS.matcher(t.substring(s, close)).matches()) return new int[] {s, close};
                // "… would have said more (separate opinion, ibid., p. 507)": the part of the work described, then ibid.
                int ibid = signal == null && close > 0 ? t.indexOf(", ibid., ", s) : -1;
                if (ibid > s && ibid < close && Prose.lowerCaseAside(t, s, ibid) && ibidWithPinpoint(t.substring(ibid + 2, close))) {
                    return new int[] {ibid + 2, close};
                }
                // "… giving effect to Views (Human Rights Council, Report …, UN Doc. A/HRC/55/61 …)": a citation in
                // brackets without a signal, whose text shows it is one
                if (signal == null && close > 0 && (Character.isUpperCase(t.charAt(s)) || Scan.isOpeningQuote(t.charAt(s))
                        || DocumentsInProse.yearOpensName(t, s, close)) && bracketedCitation(t.substring(s, close))) {
                    return new int[] {s, close};
                }
                // "(see, for example, …)": a signal in lower case opens the brackets
                if (signal == null || !Character.isLowerCase(t.charAt(s))) continue;
                if (close > 0 && citesAWork(t.substring(s + signal.length(), close).strip())) {
                    // "…, pp. 140–52, and the literature cited there": the words after the pinpoint are no part of it
                    int shortEnd = shortFormBeforeItsClause(scan, s + signal.length(), close);
                    return new int[] {s, shortEnd > 0 && !remarkFollows(t, shortEnd + 1) ? shortEnd : close};
                }
            } else {
                // "—in Human Rights Committee, Name v. State, …—": the preposition of the sentence is no part of it
                if (signal == null && t.startsWith("in ", s) && s + 3 < end && Character.isUpperCase(t.charAt(s + 3))) s += 3;
                String closing = enDash ? " \u2013 " : "\u2014"; // a range's en dash ("127–9") closes nothing
                int dash = t.indexOf(closing, s);
                while (dash > 0 && dash < end && !scan.top(dash)) dash = t.indexOf(closing, dash + 1);
                int e = dash > 0 && dash < end ? dash : end;
                if (enDash && e < end) e = Sentences.trimEnd(t, s, e);
                boolean cited = signal != null ? citesAWork(t.substring(s + signal.length(), e).strip())
                        : Prose.proseLeadIn(t, start, i) && Character.isUpperCase(t.charAt(s))
                                && (namesThenQuotedTitle(scan, s, e) || namesThenWork(scan, s, e) || caseThenNumbers(scan, s, e)
                                        || organisationThenWork(scan, s, e) || LeadIns.decidedCase(t.substring(s, e)));
                if (cited) return new int[] {s, e};
            }
        }
        return null;
    }

    /**
     * The text of brackets in a sentence, read as a citation without a signal: a UN document or other strong
     * evidence with a title, or a short form with its pinpoint ("Quintero-Haas, Committee’s Voice, 160"); a year
     * alone after a name ("Smith, 2019") is an author–date reference, not a page.
     */
    private static boolean bracketedCitation(String inner) {
        if (inner.isBlank()) return false;
        // "(Okoro, “Title,” 149, emphasis added)": the remark the citation keeps is no part of what shows it is one
        for (String remark : new String[] {", emphasis added", ", emphasis in original", ", italics added", ", footnote omitted",
            ", footnotes omitted", ", internal citations omitted"}) {
            if (inner.endsWith(remark)) {
                inner = inner.substring(0, inner.length() - remark.length());
                break;
            }
        }
        // "(Eastern Skarn Ridge Award (n 6), para. 431)", "(Vale, n. 1 above, p. 4)": a short form pointing to its note
        if (NOTE_POINTER.matcher(inner).find()) return true;
        Scan scan = Scan.of(inner);
        int n = inner.length();
        if (quotedTitleThenPinpoint(scan, 0, n)) return true; // "(“Neutrality’s Afterlife,” 160)", its author named before
        // "(Tomasz Rendell-Obi, “Historians Enter the Archive,” Sulvanian Herald, May 6, 2024, 1)": a newspaper's article
        if (namesThenQuotedTitle(scan, 0, n) && holdsFullDate(scan, inner)) return true;
        // "(“Archives Follow the Territory?,” Archival Law Quarterly 27, no. 4 [2019]: 411–58, at 430)": an article in full
        if (Scan.isOpeningQuote(inner.charAt(0)) && Evidence.strong(inner, 0, n)) return true;
        if (UnSymbols.atStart(inner) != null) return true; // "… counted forty-one (A/78/312, para. 26)": a document by its symbol
        if (DocumentsInProse.resolutionAtStart(inner)) return true; // "Neither the Declaration (GA res. 2625 (XXV), annex, principle 3) nor …"
        // "… divides its archives by pertinence (1983 Convention, art. 31)": a name defined earlier that opens with its year
        if (DocumentsInProse.yearOpensName(inner, 0, n) && shortTitleThenPinpoint(scan, 5, n)) return true;
        int comma = inner.indexOf(", ");
        if (comma < 0) return false;
        if (shortFormToEnd(scan, 0, n) || shortTitleThenPinpoint(scan, 0, n)) {
            String last = inner.substring(inner.lastIndexOf(", ") + 2).strip();
            return !(last.length() == 4 && Pages.allDigits(last));
        }
        if (quotedShortFormToEnd(scan, 0, n)) return true; // "(Kallenberg-Moss, “Innocent Supplier,” 327)"
        // "(UN Security Council, 4102nd meeting, UN Doc. S/PV.4102 [3 March 1999], 14)": a UN document after its title
        if (DocumentsInProse.citesUnDocument(inner, 0, n)) return true;
        // "(Convention relating to the Status of Refugees (Geneva, 28 July 1951), 189 UNTS 137, art. 33(1))": a treaty
        if (DocumentsInProse.treatyCitedInFull(scan, n)) return true;
        // "(Final Record of the Diplomatic Conference, vol. II-A (Berne: Federal Political Department, 1949), p. 95)": a
        // book by its title and imprint
        if (titleThenImprint(scan, n)) return true;
        // "(Passage through the Orvan Strait (Belmora v. Tessaly), Judgment, I.C.J. Reports 2011, p. 318)": a decision
        if (caseThenNumbers(scan, 0, n) && Evidence.strong(inner, 0, n)) return true;
        return (organisationThenWork(scan, 0, n) || organisationThenQuotedTitle(scan, 0, n) || namesThenQuotedTitle(scan, 0, n)
                || namesThenWork(scan, 0, n)) && Evidence.strong(inner, 0, n);
    }

    /** From {@code from}: a title, then an imprint in brackets with its place and year, within a title's length. */
    private static boolean imprintAfterTitle(Scan scan, int from, int end) {
        String t = scan.text;
        int open = t.indexOf(" (", from);
        if (open < 0 || open >= end || open - from > 200 || !scan.top(open + 1)) return false;
        int close = closingBracket(t, open + 1, end);
        if (close < 0 || t.indexOf(':', open) > close) return false;
        String[] imp = Parts.imprint(t.substring(open + 2, close));
        return imp != null && imp[0] != null && imp[2] != null;
    }

    /** A title, then an imprint in brackets with its place and year, in the text of {@code scan}. */
    private static boolean titleThenImprint(Scan scan, int n) {
        String t = scan.text;
        for (int open = t.indexOf(" (", 0); open > 0 && open < n; open = t.indexOf(" (", open + 2)) {
            if (!scan.top(open + 1)) continue;
            int close = closingBracket(t, open + 1, n);
            if (close < 0) return false;
            String[] imp = t.indexOf(':', open) < close ? Parts.imprint(t.substring(open + 2, close)) : null;
            return imp != null && imp[0] != null && imp[2] != null;
        }
        return false;
    }

    /**
     * At {@code name}, and running to {@code end}: names, a comma, a quoted title and a pinpoint ("Kallenberg-Moss,
     * “Innocent Supplier,” 327", "Doe, ‘Port Talks’, p. 4"): a short form with its title in quotation marks.
     */
    private static boolean quotedShortFormToEnd(Scan scan, int name, int end) {
        if (!namesThenQuotedTitle(scan, name, end)) return false;
        String t = scan.text;
        int open = scan.indexOfTop(',', name) + 1;
        while (open < end && t.charAt(open) == ' ') open++;
        return quotedTitleThenPinpoint(scan, open, end);
    }

    /** At {@code open}, and running to {@code end}: a quoted title opening with a capital, then a pinpoint. */
    private static boolean quotedTitleThenPinpoint(Scan scan, int open, int end) {
        return quotedTitleThenPinpoint(scan, open, end, false);
    }

    /**
     * As {@link #quotedTitleThenPinpoint(Scan, int, int)}; when {@code clauseMayFollow}, the pinpoint ends at the next
     * comma and a list or a clause may go on after it.
     */
    private static boolean quotedTitleThenPinpoint(Scan scan, int open, int end, boolean clauseMayFollow) {
        String t = scan.text;
        if (open + 1 >= end || !Scan.isOpeningQuote(t.charAt(open)) || !Character.isUpperCase(t.charAt(open + 1))) return false;
        for (int[] span : scan.quoteSpans()) {
            if (span[0] != open) continue;
            int k = span[1] + 1;
            while (k < end && (t.charAt(k) == ',' || t.charAt(k) == ' ')) k++;
            int stop = clauseMayFollow ? scan.indexOfTop(',', k) : end;
            if (stop < 0 || stop > end) stop = end;
            String pinpoint = t.substring(k, stop).strip();
            if (pinpoint.endsWith(".")) pinpoint = pinpoint.substring(0, pinpoint.length() - 1);
            return !pinpoint.isEmpty() && !(pinpoint.length() == 4 && Pages.allDigits(pinpoint))
                    && Parts.locators(pinpoint, true) != null;
        }
        return false;
    }

    /**
     * After a source set off in brackets, the rest of the sentence: ", and it was settled … by the Agreement on …, 2271
     * U.N.T.S. 114", ", and …, of which the fullest is UN Doc. A/C.6/31/SR.17 (…), paras. 4–22". Where a treaty cited
     * in full or a UN document starts, or -1.
     */
    private static int citationInClauseAfter(Scan scan, int from, int end) {
        String t = scan.text;
        int s = from;
        while (s < end && (t.charAt(s) == ',' || t.charAt(s) == ' ')) s++;
        if (t.startsWith("and ", s)) s += 4;
        if (s >= end || !Character.isLowerCase(t.charAt(s))) return -1;
        int treaty = DocumentsInProse.treatyNamedInProse(scan, s, end);
        if (treaty > 0) return treaty;
        // "… the words ‘in all circumstances’ in GC III, art. 1, were written to exclude": a short name and its pinpoint
        int[] shortName = LeadIns.titleNamedMidSentence(scan, s, end);
        if (shortName != null) return shortName[0];
        int doc = t.indexOf("UN Doc. ", s);
        // words of prose lead to it: "of which the fullest is", "is recorded in"
        if (doc > 0 && doc < end && scan.top(doc) && UnSymbols.atStart(t.substring(doc + 8, Math.min(end, doc + 68))) != null
                && Prose.lowerCaseWords(t, s, doc) >= 3) return doc;
        // "… are shorter than its account, and there is a commentary in Vale, Dividing the Federation, 230–58": a clause
        // of its own, ending in a preposition before a work
        for (int and = t.indexOf(", and ", s); and > 0 && and < end; and = t.indexOf(", and ", and + 1)) {
            if (!scan.top(and) || and + 6 >= end || !Character.isLowerCase(t.charAt(and + 6))) continue;
            int named = LeadIns.proseLeadInToCitation(scan, and + 6, end);
            if (named > 0) return named;
        }
        return -1;
    }

    /** "…, art. 11, and treated the clause as spent": where ", and" before a lower-case word ends a citation, or {@code end}. */
    private static int beforeClauseAfterAnd(String t, int from, int end) {
        int k = t.indexOf(", and ", from);
        return k > from && k + 6 < end && Character.isLowerCase(t.charAt(k + 6)) ? k : end;
    }

    /** Whether a digit stands in [from, to): a citation's year, volume or page; words of prose alone cite nothing. */
    private static boolean holdsDigit(String t, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    /**
     * "As Varga argues in ‘Ice and Jurisdiction’, Polar Law Quarterly, 12:2 (2021), pp. 45–67, the practice is far
     * from settled": a work named by its quoted title after "in", inside a sentence of prose that goes on after
     * it; the citation runs to the comma after which prose resumes. Its [start, end), or null.
     */
    private static int[] quotedWorkMidSentence(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + LEAD_IN_LIMIT);
        for (int in = t.indexOf(" in ", start); in >= 0 && in < limit; in = t.indexOf(" in ", in + 1)) {
            int q = in + 4;
            if (q + 1 >= end || !Scan.isOpeningQuote(t.charAt(q)) || !Character.isUpperCase(t.charAt(q + 1)) || !scan.top(q)
                    || Prose.lowerCaseWords(t, start, in) < 1) {
                continue;
            }
            int close = t.indexOf(t.charAt(q) == '\u2018' ? '\u2019' : '\u201D', q + 2);
            while (close > 0 && close + 1 < end && Character.isLetter(t.charAt(close + 1))) close = t.indexOf(t.charAt(q) == '\u2018' ? '\u2019' : '\u201D', close + 1);
            if (close < 0 || close >= end) return null;
            for (int k = scan.indexOfTop(',', close); k > 0 && k + 2 < end; k = scan.indexOfTop(',', k + 1)) {
                if (!Character.isLowerCase(t.charAt(k + 2)) || Parts.locator(t.substring(k + 2, Math.min(end, k + 14)).split(",")[0], false) != null) {
                    continue;
                }
                String word = t.substring(k + 2, Math.min(end, k + 6));
                if (word.startsWith("at ") || word.startsWith("and ") || word.startsWith("in ") || word.startsWith("ed")) continue;
                return Evidence.strong(t, close, k) ? new int[] {q, k} : null;
            }
            return null;
        }
        return null;
    }

    private static final java.util.regex.Pattern NOTE_POINTER = java.util.regex.Pattern.compile(
            "^\\p{Lu}[^()]{1,100}(?: \\(n \\d{1,3}\\)|, n\\. \\d{1,3} above|, supra note \\d{1,3}|, op\\. cit\\.)(?:,? \\S.{0,40})?$");

    /**
     * Where a lower-case signal starts after ", " that ends a citation (its page or bracket before the comma,
     * bibliographic evidence in it, and no prose word at its start): "…, 2019), 45, see also Reed, …"; else -1.
     */
    private static int signalAfterCitation(Scan scan, int start, int end) {
        String t = scan.text;
        if (start >= end || !Character.isUpperCase(t.charAt(start))) return -1;
        for (int k = scan.indexOfTop(',', start); k > start && k + 2 < end; k = scan.indexOfTop(',', k + 1)) {
            char c = t.charAt(k + 2);
            if (c != 's' && c != 'b' && c != 'c') continue;
            char before = t.charAt(k - 1);
            if (!Character.isDigit(before) && before != ')') continue;
            Signals.Match signal = Signals.atStart(t.substring(k + 2, Math.min(end, k + 40)));
            if (signal == null || !Character.isUpperCase(t.charAt(Math.min(end - 1, k + 2 + signal.length())))) continue;
            if (Evidence.strong(t, start, k) && !Prose.readsAsProse(scan, start, k)) return k + 2;
        }
        return -1;
    }

    /** "ibid., 870", "Ibid., para. 4", "id. at 12": ibid. or id. and a pinpoint, nothing else. */
    private static boolean ibidWithPinpoint(String inner) {
        String l = inner.strip();
        int k = l.startsWith("ibid.") || l.startsWith("Ibid.") ? 5 : l.startsWith("id.") || l.startsWith("Id.") ? 3 : -1;
        if (k < 0) return false;
        String rest = l.substring(k).strip();
        if (rest.startsWith(",")) rest = rest.substring(1).strip();
        // "ibid., 161–64 [dissenting opinion of Judge Ames]": the part of the work, described in square brackets
        int described = rest.endsWith("]") ? rest.lastIndexOf(" [") : -1;
        if (described > 0) rest = rest.substring(0, described);
        return !rest.isEmpty() && (Parts.locators(rest, true) != null || CitationParser.isAnnex(rest));
    }

    /**
     * Text after a signal set off inside a sentence names a work, not a place in the article ("see Part III",
     * "see n. 12 above", "see Table 2"): bibliographic evidence, or names, a comma and a quoted title or evidence.
     */
    private static boolean citesAWork(String cited) {
        // "(see, for example, Koval-Harrow, para. 236; UNHCR, Guidance Note, para. 18)": the first of several is enough
        int semi = cited.indexOf("; ");
        if (semi > 0 && Scan.of(cited).top(semi)) cited = cited.substring(0, semi);
        if (cited.isEmpty() || Signals.isCrossReference(cited)) return false;
        if (Evidence.strong(cited, 0, cited.length())) return true;
        Scan inner = Scan.of(cited);
        // "see, for example, Norvath Climate Alliance, para. 52": a short form, names or none, then its pinpoint
        return Character.isUpperCase(cited.charAt(0))
                && (namesThenQuotedTitle(inner, 0, cited.length()) || namesThenWork(inner, 0, cited.length())
                        || shortFormToEnd(inner, 0, cited.length()) || shortTitleThenPinpoint(inner, 0, cited.length()));
    }

    /** The bracket that closes the one opened at {@code open}, or -1 before {@code end}. */
    static int closingBracket(String t, int open, int end) {
        int depth = 0;
        for (int k = open; k < end; k++) {
            char c = t.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return k;
        }
        return -1;
    }

    /**
     * In a stretch that opens as prose ("and, more generally, Doe, ‘Port talks’"), the first
     * top-level comma after which a citation plainly starts: names, then a quoted title or
     * bibliographic evidence. -1 when there is none among the first few commas.
     */
    private static int citationAfterComma(Scan scan, int start, int end) {
        String t = scan.text;
        int tried = 0;
        for (int i = start; i < end && tried < 6; i++) {
            if (t.charAt(i) != ',' || !scan.top(i)) continue;
            tried++;
            // "… Rosa Lind and Kwame Holt, eds., Cables, Pipelines and the Seabed (…)": the title after the editors' mark
            if (editorsMarkBefore(t, i) || t.startsWith(" eds.", i - 5) || t.startsWith(" ed.", i - 4)) continue;
            int s = i + 1;
            while (s < end && t.charAt(s) == ' ') s++;
            if (s >= end || !Character.isUpperCase(t.charAt(s))) continue;
            int comma = scan.indexOfTop(',', s);
            if (comma < 0 || comma >= end) continue;
            String names = t.substring(s, comma);
            // "… (Morvania v. Estrelia), Judgment, ICJ Reports 2022": the decision's kind, inside the case's citation
            if (LegalCases.namesDecisionKind(names)) continue;
            Names.Kind kind = Names.kind(names);
            // "… paid for most of the prisons, Ocean Justice Institute, Trials in the Region (Mombasa: IOMJ Press, 2020)": a
            // body's work with its imprint, after a clause of prose
            if (kind == Names.Kind.ORG && lowerCaseWordBefore(t, i) && Prose.lowerCaseWords(t, start, i) >= 3) {
                int q = comma + 1;
                while (q < end && t.charAt(q) == ' ') q++;
                // "…, Office of the High Commissioner, Shutdowns: Trends, Causes …, UN Doc. A/HRC/50/55 (…)": or its document
                if (q < end && Character.isUpperCase(t.charAt(q))
                        && (imprintAfterTitle(scan, q, end) || DocumentsInProse.citesUnDocument(t, q, end))) return s;
                continue;
            }
            if (kind != Names.Kind.FULL && kind != Names.Kind.FAMILY_ONLY) continue;
            if (Parts.yearThenSubtitle(t, comma + 1)) { // "… quoted in Émile Okoye, Geneva, 1949: The Making …": a title
                int name = Names.fullNameBefore(t, start, i);
                if (name >= 0) return name;
                continue;
            }
            int q = comma + 1;
            while (q < end && t.charAt(q) == ' ') q++;
            if (q < end && Scan.isOpeningQuote(t.charAt(q)) || Evidence.strong(t, s, end)) return s;
            // "and for a middle position, Halloran, Empire, 230–31": a short form of names, title and pinpoint
            if (shortFormToEnd(scan, s, end)) return s;
        }
        return -1;
    }

    /**
     * A closing double quote right after a period, then a new sentence that opens with ibid./id.
     * or a signal: a quotation ended the sentence ("… “was never meant to travel alone.” Ibid., 218").
     * After a quotation inside prose (the opening quote follows a word, not a comma), a short form
     * opening with a name may follow too ("… “moves with the law.” Ruiz, Borders of Law, 10").
     */
    private static boolean isQuotationEnd(String t, int i) {
        char c = t.charAt(i);
        if ((c != '\u201D' && c != '"') || i == 0 || t.charAt(i - 1) != '.' || i + 2 >= t.length() || t.charAt(i + 1) != ' ') {
            return false;
        }
        String next = t.substring(i + 2, Math.min(t.length(), i + 42));
        if (next.startsWith("Ibid") || next.startsWith("Id.") || Signals.atStart(next) != null && Character.isUpperCase(next.charAt(0))) {
            return true;
        }
        if (Prose.proseFollows(t, i + 2)) return true; // "… “Commission Hands Over Final Report.” The Rapporteur has made …"
        if (UnSymbols.atStart(next) != null) return true; // "… speaks only of “restraint.” S/RES/2817, para. 4"
        // "… is “present in the United States.” 18 U.S.C. § 1596(a)": a code or reporter cited by volume
        if (Character.isDigit(next.charAt(0)) && volumeThenCapital(next, 0, next.length())) return true;
        // "… or the conditions of its prisons.” Halvorsen v. Brightwell, 412 F.2d 67": a case, or a report of Congress
        if (next.startsWith("S. Rep.") || next.startsWith("H.R. Rep.") || next.startsWith("S. Exec. Rep.") || next.startsWith("H.R. Doc.")) {
            return true;
        }
        if (Character.isUpperCase(next.charAt(0))) {
            String window = t.substring(i + 2, Math.min(t.length(), i + 102));
            // "… binding on this Convention.” CCM, supra note 1, art. 21(3)": a short form pointing to its note
            int supra = window.indexOf(", supra ");
            if (supra > 0 && supra <= 60 && window.indexOf(' ') > 0 && window.lastIndexOf(". ", supra) < 0) return true;
            int caseComma = window.indexOf(", ");
            if (caseComma > 0 && (window.lastIndexOf(" v. ", caseComma) > 0 || window.lastIndexOf(" v ", caseComma) > 0)
                    && caseComma + 2 < window.length() && Character.isDigit(window.charAt(caseComma + 2))) return true;
        }
        int open = t.lastIndexOf(c == '"' ? '"' : '\u201C', i - 1);
        int k = open - 1;
        while (k >= 0 && t.charAt(k) == ' ') k--;
        if (open < 0 || k < 0) return false;
        // "As one delegate put it, “the quay belongs to all.” UN GAOR, …": a quotation in a sentence of prose
        boolean quotedInProse = (t.charAt(k) == ',' || t.charAt(k) == ':') && Prose.lowerCaseWords(t, Math.max(0, k - 80), k) >= 3;
        if (!Character.isLowerCase(t.charAt(k)) && !quotedInProse) return false;
        int comma = next.indexOf(',');
        if (comma <= 0 || !Character.isUpperCase(next.charAt(0))) return false;
        Names.Kind kind = Names.kind(next.substring(0, comma));
        return kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.FULL || quotedInProse && kind == Names.Kind.ORG;
    }

    /**
     * "The translator’s introduction to the latter, ibid., pp. ix–xxiv, is …", "…, which held that the immunities govern
     * discovery, id. at 520–21, but reserved the question, id. at 527 n.6", "it usually forgets ibid., art. 45(a), under
     * which …": ibid. or id. inside a sentence, after a comma or a verb, with its pinpoint up to the next comma or the
     * end. Each one's [start, end); empty when there is none.
     */
    private static List<int[]> ibidsInSentence(Scan scan, int start, int end) {
        String t = scan.text;
        List<int[]> found = new ArrayList<>(1);
        for (int k = t.indexOf("id.", start); k >= start && k + 4 < end; k = t.indexOf("id.", k + 3)) {
            int word = k >= start + 2 && t.startsWith("ib", k - 2) ? k - 2 : k;
            // "ibid., para. 231, adds that …": ibid. opening the stretch as the subject of its clause
            boolean opening = word == start && k == start + 2;
            if (!opening && (word <= start || t.charAt(word - 1) != ' ') || !scan.top(word)) continue;
            int pin;
            if (t.startsWith("ibid., ", word)) pin = word + 7;
            else if (t.startsWith("id. at ", word) || t.startsWith("id. art", word) || t.startsWith("id. \u00A7", word)) pin = word + 4;
            else continue;
            // after a comma or a semicolon ("(…); ibid., para. 231, adds that …"), or after a verb in lower case ("forgets
            // ibid., art. 45(a)")
            boolean afterComma = word >= 2 && (t.charAt(word - 2) == ',' || t.charAt(word - 2) == ';');
            if (!opening && !afterComma && (word < 2 || !Character.isLowerCase(t.charAt(word - 2)))) continue;
            int close = scan.indexOfTop(',', pin);
            if (close < 0 || close > end) close = end;
            if (Parts.locators(t.substring(pin, close), true) != null) found.add(new int[] {word, close});
        }
        return found;
    }

    /**
     * ", Enforcement Guidelines, supra note 2, § III.E, but say nothing …": after a clause of prose and a comma, a short
     * name, "supra note", the note's number and a pinpoint, then the end of the sentence or a clause in lower case. The
     * short form's [start, end), or null.
     */
    private static int[] supraSetOffByCommas(Scan scan, int start, int end) {
        String t = scan.text;
        int supra = t.indexOf(", supra note ", start);
        if (supra < 0 || supra >= end || !scan.top(supra)) return null;
        int name = t.lastIndexOf(", ", supra - 1);
        if (name <= start || supra - name > 80 || !scan.top(name) || Prose.contentWords(t, start, name) < 3) return null;
        int s = name + 2;
        if (!Character.isUpperCase(t.charAt(s))) return null;
        for (int i = s; i < supra; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && " .-'\u2019&".indexOf(c) < 0) return null; // a name or a short title, nothing else
        }
        int number = supra + ", supra note ".length();
        int e = number;
        while (e < end && Character.isDigit(t.charAt(e))) e++;
        if (e == number) return null;
        if (e == end) return new int[] {s, e};
        if (t.charAt(e) != ',') return null;
        int next = scan.indexOfTop(',', e + 1);
        int stop = next < 0 || next > end ? end : next;
        boolean pinpoint = Parts.locators(t.substring(e + 1, stop), true) != null;
        int clause = pinpoint ? stop : e;
        if (clause == end) return new int[] {s, end};
        int w = clause + 1;
        while (w < end && t.charAt(w) == ' ') w++;
        return w < end && Character.isLowerCase(t.charAt(w)) ? new int[] {s, clause} : null;
    }

    /**
     * At {@code name}: up to four persons' full names, a comma, then a quoted title or bibliographic
     * evidence; the start of a citation after a sentence's lead-in.
     */
    static boolean namesThenWork(Scan scan, int name, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', name);
        if (comma < 0 || comma >= end) return false;
        int namesEnd = namesEnd(t, comma);
        if (namesEnd <= name) return false;
        List<String> names = Names.splitList(t.substring(name, namesEnd));
        if (names.isEmpty() || names.size() > 4) return false;
        for (String n : names) if (Names.kind(n) != Names.Kind.FULL) return false;
        int q = comma + 1;
        while (q < end && t.charAt(q) == ' ') q++;
        if (q < end && Character.isLowerCase(t.charAt(q)) && !t.startsWith("ed.", q) && !t.startsWith("eds.", q)) {
            return false; // "Judge Dock, discussed in …": the sentence goes on
        }
        return q < end && Scan.isOpeningQuote(t.charAt(q)) || Evidence.strong(t, q, end);
    }

    /** At {@code name}: names, a comma and "supra note" ("… remains Fenwick-Achebe, supra note 1, at 655–71"). */
    static boolean namesThenSupra(Scan scan, int name, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', name);
        if (comma < 0 || comma >= end || comma - name > 80 || !t.startsWith(", supra note", comma)) return false;
        Names.Kind kind = Names.kind(t.substring(name, comma));
        return kind == Names.Kind.FULL || kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.ORG;
    }

    /**
     * At {@code name}: "Helena Vasquez-Thornbury’s Complicit States: … (Oxford: …, 2017)", a work named by its
     * author's possessive, its title in capitals, then its imprint or year in brackets.
     */
    static boolean possessiveNamesThenWork(Scan scan, int name, int end) {
        String t = scan.text;
        int s = CitationParser.possessiveEnd(t, name, Math.min(end, name + 60));
        return s > 0 && s + 1 < end && (Character.isUpperCase(t.charAt(s)) || Scan.isOpeningQuote(t.charAt(s))
                && Character.isUpperCase(t.charAt(s + 1))) && Evidence.strong(t, s, end);
    }

    /** How far into a stretch a lead-in of prose is looked for. */
    static final int LEAD_IN_LIMIT = 400;

    /**
     * "… a compromise that neither side wished to define: Margarethe Solberg, Drafting the Treaty (…)", "…
     * under article VI’: ibid., para. 205": a sentence of prose that names its source after a colon. Where
     * the citation starts, or -1. A title's subtitle follows a colon too, but no sentence of prose comes
     * before it, and it does not open with names, a quoted title, ibid., a signal or a UN symbol.
     */
    private static int citationAfterColon(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + LEAD_IN_LIMIT); // a lead-in is a sentence, not a page: keeps long notes linear
        for (int c = scan.indexOfTop(": ", start); c > 0 && c < limit && c + 2 < end; c = scan.indexOfTop(": ", c + 2)) {
            int s = c + 2;
            // "Moreau-Tait follows Lauterwald here: “Quiet Treaty,” 44": a quoted short title and its page after a sentence
            if (quotedTitleThenPinpoint(scan, s, end) && Prose.plainWords(t, start, c, 1)) return s;
            if (!Prose.proseLeadIn(t, start, c) || subtitleColon(scan, start, c)) continue;
            if (t.startsWith("ibid", s) || t.startsWith("Ibid", s) || t.startsWith("Id.", s) || t.startsWith("id.", s)) return s;
            String rest = t.substring(s, Math.min(end, s + 60));
            if (Signals.atStart(rest) != null || UnSymbols.atStart(rest) != null) return s;
            if (Character.isUpperCase(t.charAt(s)) && (namesThenWork(scan, s, end) || namesThenQuotedTitle(scan, s, end))) return s;
            // "… doubled between 2005 and 2020: Mandate Design Project, ‘Mandates Database’, available at: …"
            if (Character.isUpperCase(t.charAt(s)) && organisationThenQuotedTitle(scan, s, end)) return s;
            // "… its most criticised feature: Marchetti-Oduya, Heritage under Fire, pp. 91–3", "… not only of those who
            // worshipped there’: Ould Tessaleh Judgment, para. 79": a short form, names or none, to the end
            if (Character.isUpperCase(t.charAt(s)) && (shortFormToEnd(scan, s, end) || shortTitleThenPinpoint(scan, s, end))) return s;
            // "… runs the other way: GC III, art. 109, obliges the parties …": a short name and its pinpoint as a subject
            if (Character.isUpperCase(t.charAt(s)) && LeadIns.titleThenPinpointBeforeClause(scan, s, end) > 0) return s;
            // "… is more guarded: UNESCO, Heritage and Armed Conflict (Paris: UNESCO, 2021), pp. 17–19"
            if (Character.isUpperCase(t.charAt(s)) && organisationThenWork(scan, s, end)) return s;
            // "… the gap was filled thirteen years later: Agreement for the Implementation of … (New York, 4 August 1995, …),
            // 2167 UNTS 3": an instrument's name in capitals, then its date and place in brackets
            if (Character.isUpperCase(t.charAt(s)) && Prose.titleCasedName(t, s, t.indexOf(" (", s)) && Evidence.strong(t, s, end)) return s;
            // "… needed no consent from the state of nationality: Situation in the Republic of X, Decision on …, ICC-02/21-34, …"
            if (Character.isUpperCase(t.charAt(s)) && t.startsWith("Situation ", s)) {
                String situation = t.substring(s, end);
                if (LegalCases.parse(situation, new Draft(0, 0, situation))) return s;
            }
            // "… to give each other’s scholars access to them: Treaty on the Division of …, March 3, 2004, 2318 U.N.T.S. 201"
            if (Character.isUpperCase(t.charAt(s)) && DocumentsInProse.treatyCitedInFull(Scan.of(t.substring(s, end)), end - s)) return s;
            // "… reported the debate at length: Telegram 1187 from A to B, March 4, 1956, …, National Archives, …"
            if (Archives.startsItem(t, s, end)) return s;
            // "… the press drew the delegates: “Kelmarian Petitioners Tell U.N. …,” Atlantic Evening Post, June 14, 1956, 7"
            if (quotedTitleThenSource(scan, s, end)) return s;
            // "… failed at the final conference: UN General Assembly Resolution 67/234 B, UN Doc. A/RES/67/234 B (…)"
            // (a title with a subtitle follows its body's name and a comma: "Human Rights Committee, General Comment No. 40: …")
            if (Character.isUpperCase(t.charAt(s)) && DocumentsInProse.citesUnDocument(t, s, end) && !commaBeforeCapital(scan, start, c)) return s;
            // "The phrase is the Tribunal’s: Harbour Arbitration (Arvia v. Belmark), PCA Case No. 2016-04, …"
            if (Character.isUpperCase(t.charAt(s)) && caseThenNumbers(scan, s, end)) return s;
        }
        return -1;
    }

    /**
     * "The question returns in chapter 9, on the responsibility of the recipient state": a sentence of prose that
     * points to another chapter of the book; it cites nothing. No quotation, bracket or number but the chapter's.
     */
    private static boolean pointsToAChapter(String t, int start, int end) {
        if (start >= end || !Character.isUpperCase(t.charAt(start))) return false;
        int k = t.indexOf(" chapter", start);
        if (k < 0 || k >= end) return false;
        int n = t.startsWith(" chapters ", k) ? k + 10 : t.startsWith(" chapter ", k) ? k + 9 : -1;
        if (n < 0 || n >= end || !Character.isDigit(t.charAt(n)) || Prose.lowerCaseWords(t, start, k) < 3) return false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (Scan.isOpeningQuote(c) || c == '"' || c == '(' || c == '[' || c == '\u201D') return false;
            if (Character.isDigit(c) && (i < n || i > n + 12)) return false;
        }
        return true;
    }

    /**
     * At {@code open}: a quoted title in capitals, then a comma and a capitalised name (a paper, a site), and a year
     * later on: an unsigned piece cited by its headline, not a quotation of someone's words.
     */
    private static boolean quotedTitleThenSource(Scan scan, int open, int end) {
        String t = scan.text;
        if (open + 1 >= end || !Scan.isOpeningQuote(t.charAt(open)) || !Character.isUpperCase(t.charAt(open + 1))) return false;
        for (int[] span : scan.quoteSpans()) {
            if (span[0] != open) continue;
            int k = span[1] + 1;
            boolean comma = t.charAt(span[1] - 1) == ',' || k < end && t.charAt(k) == ',';
            while (k < end && (t.charAt(k) == ',' || t.charAt(k) == ' ')) k++;
            if (!comma || k >= end || !Character.isUpperCase(t.charAt(k))) return false;
            for (int y = k; y + 4 <= end; y++) {
                if (Character.isDigit(t.charAt(y)) && Pages.allDigits(t.substring(y, y + 4)) && (y + 4 == end || !Character.isDigit(t.charAt(y + 4)))
                        && (y == 0 || !Character.isDigit(t.charAt(y - 1))) && Dates.isYear(Integer.parseInt(t.substring(y, y + 4)))) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * The colon at {@code colon} ends a title, not a sentence: "…, which draws on Leopold Harcourt-Mensah, Blockade
     * and Bread: Relief Diplomacy": title-case words since the last comma, a capitalised name before that comma.
     */
    private static boolean subtitleColon(Scan scan, int from, int colon) {
        String t = scan.text;
        // "Convention (IV) respecting the Laws … on Land and its annex: Regulations concerning …": the Hague Conventions are
        // titled with the regulations annexed to them
        for (String join : new String[] {" and its annex", " and its annexes", " and its Annex", " and its Annexes"}) {
            if (colon >= join.length() && t.startsWith(join, colon - join.length())) return instrumentNamedBefore(t, from, colon - join.length());
        }
        int comma = t.lastIndexOf(", ", colon);
        if (comma <= from || comma + 2 >= colon) return false;
        // "… in Tobias Engström and Lucía Ferraro (eds), The Third Geneva Convention: A Commentary": the editors' mark
        if (t.charAt(comma - 1) == ')' && editorsMarkBefore(t, comma)) return Prose.titleCasedName(t, comma + 2, colon);
        // "… only in Myron Castell and Ines Dahl, eds., Drafting the High Seas: Documents of …": the US editors' mark
        if (t.startsWith(" eds.", comma - 5) || t.startsWith(" ed.", comma - 4)) return Prose.titleCasedName(t, comma + 2, colon);
        if (!Character.isLetter(t.charAt(comma - 1))) return false;
        int w = comma - 1;
        while (w > from && Character.isLetter(t.charAt(w - 1)) || w > from && t.charAt(w - 1) == '-') w--;
        // "… that preceded it, Return of Property to the Countries of Origin: Report of the Secretary-General, UN Doc. …": a
        // document's title and subtitle set off after a word of prose
        if (Character.isLowerCase(t.charAt(w))) {
            return Prose.titleCasedName(t, comma + 2, colon) && DocumentsInProse.citesUnDocument(t, colon, Math.min(t.length(), colon + 200));
        }
        return Character.isUpperCase(t.charAt(w)) && Prose.titleCasedName(t, comma + 2, colon);
    }

    private static final Pattern INSTRUMENT_OPENING = Pattern.compile(
            "(?:Convention|Treaty|Agreement|Protocol|Final Act|Declaration)\\b[^.;:]*");

    /** From the start of the clause holding {@code at} (after {@code from}): an instrument's name up to {@code at}. */
    private static boolean instrumentNamedBefore(String t, int from, int at) {
        int stop = Math.max(t.lastIndexOf(": ", at), Math.max(t.lastIndexOf(". ", at), t.lastIndexOf("; ", at)));
        int clause = Math.max(from, stop < 0 ? 0 : stop + 2);
        while (clause < at && t.charAt(clause) == ' ') clause++;
        return clause < at && INSTRUMENT_OPENING.matcher(t.substring(clause, at)).matches();
    }

    /** Whether "Compare" opened the sentence that {@code at} stands in: the words after it are compared "with" others. */
    private static boolean insideComparison(String t, int at) {
        int compare = Math.max(t.lastIndexOf("Compare ", at), t.lastIndexOf("compare ", at));
        return compare >= 0 && t.lastIndexOf(". ", at) < compare && t.lastIndexOf(" with ", at) < compare;
    }

    /**
     * After {@code from}: a capitalised name of one or two words, then in brackets a quoted title and a pinpoint
     * ("… questioned by Okoro (“Myth of Drafting,” 15–18)"). The name and the brackets' [start, end), or null.
     */
    private static int[] nameThenQuotedInBrackets(Scan scan, int from, int end) {
        String t = scan.text;
        for (int open = t.indexOf(" (", from); open > 0 && open < end; open = t.indexOf(" (", open + 2)) {
            int name = open;
            while (name > from && (Character.isLetter(t.charAt(name - 1)) || t.charAt(name - 1) == '-')) name--;
            if (name == open || !Character.isUpperCase(t.charAt(name))) continue;
            int close = t.indexOf(')', open);
            if (close < 0 || close >= end) return null;
            Scan inner = Scan.of(t.substring(open + 2, close));
            if (quotedTitleThenPinpoint(inner, 0, close - open - 2)) return new int[] {name, close + 1};
        }
        return null;
    }

    /** A comma at the top level followed by a capitalised word, between {@code from} and {@code to}. */
    private static boolean commaBeforeCapital(Scan scan, int from, int to) {
        String t = scan.text;
        for (int k = scan.indexOfTop(',', from); k >= 0 && k + 2 < to; k = scan.indexOfTop(',', k + 1)) {
            // "Human Rights Committee, General Comment No. 40: …" (a title), not "…, Valdoria wrote to the Council that …:"
            if (t.charAt(k + 1) == ' ' && Character.isUpperCase(t.charAt(k + 2)) && Prose.titleCasedName(t, k + 2, to)) return true;
        }
        return false;
    }

    /** At {@code name}: an organisation's name, a comma, then bibliographic evidence ("(Paris: UNESCO, 2021)"). */
    static boolean organisationThenWork(Scan scan, int name, int end) {
        int q = afterOrganisation(scan, name, end);
        return q > 0 && Character.isUpperCase(scan.text.charAt(q)) && Evidence.strong(scan.text, q, end);
    }

    /** At {@code name}: an organisation's name, a comma and a quoted title opening with a capital. */
    static boolean organisationThenQuotedTitle(Scan scan, int name, int end) {
        int q = afterOrganisation(scan, name, end);
        return q > 0 && q + 1 < end && Scan.isOpeningQuote(scan.text.charAt(q)) && Character.isUpperCase(scan.text.charAt(q + 1));
    }

    /** Where the text after an organisation's name and its comma starts, or -1 when no such name stands at {@code name}. */
    private static int afterOrganisation(Scan scan, int name, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', name);
        if (comma < 0 || comma >= end || comma - name > 100) return -1;
        for (int k = name; k < comma; k++) {
            char c = t.charAt(k);
            if (Scan.isOpeningQuote(c) || c == '(' || c == ':' || c == ';' || Character.isDigit(c)) return -1;
        }
        int q = comma + 1;
        while (q < end && t.charAt(q) == ' ') q++;
        return q < end && Names.kind(t.substring(name, comma)) == Names.Kind.ORG ? q : -1;
    }

    /**
     * At {@code name}, and running to the end of the stretch: a short form of author and short title
     * ("Delacroix-Abiola, Mandating Force, ch. 4"): names, a comma, a title of capitalised words with no
     * digit or quotation, a comma and a pinpoint.
     */
    static boolean shortFormToEnd(Scan scan, int name, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', name);
        if (comma < 0 || comma >= end || comma - name > 70) return false;
        int namesEnd = namesEnd(t, comma);
        if (namesEnd <= name) return false;
        // "Orbital Debris Consortium, Debris Report 2024, 30–31": a body's short form, as a person's
        boolean body = t.indexOf(' ', name) < namesEnd && plainWordsOfName(t, name, namesEnd)
                && Names.kind(t.substring(name, namesEnd)) == Names.Kind.ORG;
        List<String> names = body ? List.of() : Names.splitList(t.substring(name, namesEnd));
        if (!body && (names.isEmpty() || names.size() > 3)) return false;
        for (String n : names) {
            Names.Kind kind = Names.kind(n);
            if (kind != Names.Kind.FULL && kind != Names.Kind.FAMILY_ONLY) return false;
        }
        int title = comma + 1;
        while (title < end && t.charAt(title) == ' ') title++;
        // "Adeyemi-Strand, op. cit., p. 228", "Brannigan-Osei, n. 10 above, p. 4": the work pointed to, not named
        int pointer = workPointerEnd(t, title, end);
        if (pointer > 0) return pointer == end || pointer + 1 < end && t.charAt(pointer) == ',' && locatorTo(t, pointer + 1, end);
        return shortTitleThenPinpoint(scan, title, end);
    }

    /** Words of three letters or more, each in capitals, and nothing else, from {@code from} to {@code to}. */
    private static boolean plainWordsOfName(String t, int from, int to) {
        for (int w = from; w < to; ) {
            int e = w;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            if (e - w < 3 || !Character.isUpperCase(t.charAt(w)) || e < to && t.charAt(e) != ' ') return false;
            w = e + 1;
        }
        return true;
    }

    /**
     * At {@code name}: names, then the note their work was cited in ("op. cit.", "n. 7 above"), then a clause of which the
     * work is the subject: "… the point on which Vale, op. cit., builds her case".
     */
    static boolean namesThenPointerBeforeClause(Scan scan, int name, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', name);
        if (comma < 0 || comma >= end || comma - name > 60) return false;
        List<String> names = Names.splitList(t.substring(name, comma));
        if (names.isEmpty() || names.size() > 3) return false;
        for (String n : names) {
            Names.Kind kind = Names.kind(n);
            if (kind != Names.Kind.FULL && kind != Names.Kind.FAMILY_ONLY) return false;
        }
        int pointer = workPointerEnd(t, comma + 2, end);
        return pointer > 0 && t.startsWith(", ", pointer) && pointer + 2 < end && Character.isLowerCase(t.charAt(pointer + 2))
                && !locatorTo(t, pointer + 1, Math.min(end, t.indexOf(' ', pointer + 2) < 0 ? end : t.indexOf(' ', pointer + 2)));
    }

    /** At {@code at}: "op. cit." or "n. 10 above"; where it ends, or -1. */
    private static int workPointerEnd(String t, int at, int end) {
        if (t.startsWith("op. cit.", at) || t.startsWith("loc. cit.", at)) {
            int e = t.indexOf("cit.", at) + 4;
            return e <= end ? e : -1;
        }
        // "above n. 1", "supra n 4", "supra note 12": the note before the number (British and law-review ways)
        for (String lead : new String[] {"above n. ", "above n ", "supra n. ", "supra n ", "supra note "}) {
            if (!t.startsWith(lead, at)) continue;
            int d = at + lead.length();
            int first = d;
            while (d < end && Character.isDigit(t.charAt(d))) d++;
            return d > first && d <= end ? d : -1;
        }
        if (!t.startsWith("n. ", at)) return -1;
        int d = at + 3;
        while (d < end && Character.isDigit(t.charAt(d))) d++;
        return d > at + 3 && t.startsWith(" above", d) && d + 6 <= end ? d + 6 : -1;
    }

    /** The text from {@code from} to {@code end} is a pinpoint (a final full stop aside). */
    private static boolean locatorTo(String t, int from, int end) {
        String pinpoint = t.substring(from, end).strip();
        if (pinpoint.endsWith(".")) pinpoint = pinpoint.substring(0, pinpoint.length() - 1);
        return !pinpoint.isEmpty() && Parts.locators(pinpoint, true) != null;
    }

    /**
     * At {@code title}, and running to the end of the stretch: a short title of capitalised words with no digit or
     * quotation ("Mandating Force", "Ould Tessaleh Judgment"), a comma and a pinpoint, perhaps with a remark
     * after it ("para. 79, emphasis added").
     */
    /** Prepositions a title keeps in lower case besides the stopwords: "Rivers without Borders", "Law beyond the State". */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("without", "against", "beyond", "through", "within", "among",
            "across", "toward", "towards", "upon", "about", "before", "since", "until", "versus", "via", "than", "not", "beneath",
            "under", "after", "between", "below", "above", "behind", "beside", "around", "over", "into", "onto", "outside", "inside");

    /** "3", "A/18", "2017-12", "ARB/05/22": a case's or claim's number after "No.", with a digit in it. */
    private static boolean caseNumber(String w) {
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (!Character.isUpperCase(c) && c != '/' && c != '-') return false;
        }
        return digit;
    }

    static boolean shortTitleThenPinpoint(Scan scan, int title, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', title);
        if (comma < 0 || comma >= end || comma - title > 100 || title >= end || !Character.isUpperCase(t.charAt(title))) {
            return false;
        }
        int capitals = 0;
        int words = 0;
        boolean numbered = false;
        boolean labelledOnly = false; // a title ending in a number takes a labelled pinpoint: "General Comment 36, para. 63"
        String[] split = t.substring(title, comma).split(" ");
        for (int i = 0; i < split.length; i++) {
            String w = split[i];
            if (w.isEmpty()) continue;
            words++;
            // "Velmark’s Claim No. 3", "Case No. A/18": a claim's or a case's number is part of its short title
            if (numbered && caseNumber(w)) {
                capitals++;
                numbered = false;
                continue;
            }
            // "General Comment 36", "Georgia v. Russia (II)": a number or a numeral in brackets closing the title
            if (i == split.length - 1 && i > 0 && (Pages.allDigits(w) && w.length() <= 3 || ROMAN_IN_BRACKETS.matcher(w).matches())) {
                capitals++;
                labelledOnly = true;
                continue;
            }
            // "Debris Environment Report 2024": a yearly report's year closes its title
            if (i == split.length - 1 && i > 1 && w.length() == 4 && Pages.allDigits(w) && (w.startsWith("19") || w.startsWith("20"))) {
                capitals++;
                continue;
            }
            if (w.equals("v.") && i > 0 && i < split.length - 1) continue; // "Georgia v. Russia": the parties of a case
            numbered = w.equals("No.");
            if (Character.isUpperCase(w.charAt(0))) capitals++;
            else if (!Lexicon.STOPWORDS.contains(w) && !TITLE_PREPOSITIONS.contains(w)) return false;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isDigit(c) || Scan.isOpeningQuote(c) || c == '"' || c == '(') return false;
            }
        }
        if (words > 8 || capitals * 2 < words) return false;
        String pinpoint = t.substring(comma + 1, end).strip();
        if (pinpoint.endsWith(".")) pinpoint = pinpoint.substring(0, pinpoint.length() - 1);
        pinpoint = pinpoint.substring(0, Signals.trailing(pinpoint).start()).strip();
        while (pinpoint.endsWith(",")) pinpoint = pinpoint.substring(0, pinpoint.length() - 1).strip();
        Parts.Locator loc = pinpoint.isEmpty() ? null : Parts.locators(pinpoint, true);
        return loc != null && !(labelledOnly && loc.kind().equals("bare"));
    }

    private static final Pattern ROMAN_IN_BRACKETS = Pattern.compile("\\([IVX]{1,5}\\)");

    /**
     * At {@code name}: up to four names (full, or family names alone as short forms give them), a comma
     * and a quoted title opening with a capital: the start of a citation inside prose. The comma is
     * looked for within a name's length, which keeps a scan over a long note linear.
     */
    static boolean namesThenQuotedTitle(Scan scan, int name, int end) {
        String t = scan.text;
        int limit = Math.min(end, name + 100);
        int comma = -1;
        for (int k = name; k < limit; k++) {
            char c = t.charAt(k);
            if (c == ',' && scan.top(k)) {
                comma = k;
                break;
            }
            if (Scan.isOpeningQuote(c) || c == '(' || c == ':' || c == ';' || Character.isDigit(c)) return false;
        }
        if (comma < 0) return false;
        int q = comma + 1;
        while (q < end && t.charAt(q) == ' ') q++;
        if (q + 1 >= end || !Scan.isOpeningQuote(t.charAt(q))) return false;
        // "‘“Unwilling or Unable” Revisited’": a title may open with a quotation of its own
        int first = q + 1 < end - 1 && (Scan.isOpeningQuote(t.charAt(q + 1)) || t.charAt(q + 1) == '"') ? q + 2 : q + 1;
        if (!Character.isUpperCase(t.charAt(first))) return false;
        List<String> names = Names.splitList(t.substring(name, comma));
        if (names.isEmpty() || names.size() > 4) return false;
        for (String n : names) {
            Names.Kind kind = Names.kind(n);
            if (kind != Names.Kind.FULL && kind != Names.Kind.FAMILY_ONLY) return false;
        }
        return true;
    }

    /**
     * At the comma of ", and" after a citation's page ("…, p. 43, and Adeyemi-Castell, ‘Title’, p. 78", "…,
     * pp. 160–3, and, more optimistically, Nakashima-Holm, ‘Title’, p. 425"): where the second citation
     * starts (its names, followed by a comma and a quoted title), or -1.
     */
    private static int citationAfterAnd(Scan scan, int from, int comma, int afterConnector, int end) {
        String t = scan.text;
        int k = comma - 1;
        while (k > from && t.charAt(k) == ' ') k--;
        if (k <= from) return -1;
        // "…, 87–102, who reads it as a victory for the colonial powers, and Ekwueme-Strand, Last Trust, 23–25": a
        // relative clause on the first citation ends before the second
        boolean afterRelativeClause = !Character.isDigit(t.charAt(k)) && t.charAt(k) != ')' && relativeClauseAfterPinpoint(t, from, comma);
        if (!Character.isDigit(t.charAt(k)) && t.charAt(k) != ')' && !afterRelativeClause) return -1;
        end = untilSemicolon(scan, comma, end);
        int s = afterConnector; // after ", and" or ", as well as"
        if (s < end && t.charAt(s) == ',') {
            // "and, more optimistically, Name": a phrase of lower-case words set off by commas
            int next = s + 1;
            while (next < end && next - s <= 80 && t.charAt(next) != ',') next++;
            if (next >= end || next - s > 80 || !scan.top(next) || !Prose.lowerCaseAside(t, s + 1, next)) return -1;
            s = next + 1;
        } else if (s >= end || t.charAt(s) != ' ') {
            return -1;
        }
        while (s < end && t.charAt(s) == ' ') s++;
        if (t.startsWith("in ", s)) s += 3; // "…, and, with more qualification, in Name, Title, pp. 150–2"
        // "…, 33–58, and on the essays in Jens Ober and Lea Falk, eds., …", "…, and is the subject of Ober and Falk, …":
        // a few words of prose that end in a preposition before the second citation
        else if (s < end && Character.isLowerCase(t.charAt(s)) && !afterRelativeClause) {
            // "…, and for the receipts that have tested it most often, Clement D. Varga-Holm, Title, in Book …": the signal's
            // verb is understood before a phrase of what the work is cited for, set off by a comma
            int phrase = t.startsWith("for ", s) || t.startsWith("on ", s) ? scan.indexOfTop(',', s) : -1;
            if (phrase > s && phrase - s <= 100 && phrase + 2 < end && Prose.lowerCaseAside(t, s, phrase)
                    && (namesThenWork(scan, phrase + 2, end) || namesThenQuotedTitle(scan, phrase + 2, end))) return phrase + 2;
            int named = LeadIns.afterPrepositionLeadIn(t, s, end);
            // "…, chap. 2, and then turn to the practice, which is surveyed state by state in Rafael Quintanar-Obi, ‘…’":
            // a longer clause of prose, a relative clause in it, ending in a preposition before the second citation
            if (named < 0) return LeadIns.proseLeadInToCitation(scan, s, end);
            s = named;
        }
        if (s >= end) return -1;
        // "…, art. 6(1), and ECE/MP.EIA/IC/2020/4, para. 52": a document by its symbol
        if (!afterRelativeClause && UnSymbols.atStart(t.substring(s, Math.min(end, s + 60))) != null) return s;
        // "…, art. 62(2)(a), together with 1978 Convention, art. 11": a name defined earlier that opens with its year
        if (!afterRelativeClause && DocumentsInProse.yearOpensName(t, s, end) && shortTitleThenPinpoint(scan, s + 5, beforeClauseAfterAnd(t, s, end))) return s;
        if (!Character.isUpperCase(t.charAt(s))) return -1;
        if (afterRelativeClause) return shortFormThenPinpoint(scan, s, end) || quotedShortFormThenClause(scan, s, end) ? s : -1;
        // "… (March 3, 1956), and Observations of the Administering Authority …, UN Doc. T/1246 (…)": a document by its title
        if (DocumentsInProse.citesUnDocument(t, s, end)) return s;
        // "…, pp. 145–72, at p. 150, as well as FAO, The State of Fisheries Compliance 2022 (Rome: FAO, 2022), pp. 33–7"
        if (organisationThenWork(scan, s, end) || namesThenWork(scan, s, end)) return s;
        // "…, art. 19(1), and Halvard Sea Opinion, para. 136": a short title defined earlier, and its pinpoint
        if (shortTitleThenPinpoint(scan, s, end)) return s;
        // "…, and the figures are those of Relief Access Monitor, Blocked Roads, 24": a body's work, short
        int title = afterOrganisation(scan, s, end);
        if (title > 0 && shortTitleThenPinpoint(scan, title, end)) return s;
        return namesThenQuotedTitle(scan, s, end) || shortFormThenPinpoint(scan, s, end) ? s : -1;
    }

    /**
     * At {@code start}: a short form (names, a title, quoted or not, and a pinpoint) followed by a comma and a clause
     * in lower case. Where the short form ends, or -1.
     */
    private static int shortFormBeforeItsClause(Scan scan, int start, int end) {
        String t = scan.text;
        if (start >= end || !Character.isUpperCase(t.charAt(start))) return -1;
        // "Ibid., 61–63, adds that …": ibid. and its pinpoint as the subject of a clause
        if (t.startsWith("Ibid., ", start)) {
            int pin = scan.indexOfTop(',', start + 7);
            if (pin < 0 || pin + 2 >= end || !Character.isLowerCase(t.charAt(pin + 2))) return -1;
            // "Ibid., at 192, para. 75": the pinpoint goes on, no clause
            int next = scan.indexOfTop(',', pin + 1);
            if (Parts.locators(t.substring(pin + 1, next > 0 && next < end ? next : end), true) != null) return -1;
            return Parts.locators(t.substring(start + 7, pin), true) != null ? pin : -1;
        }
        // the cheap tests first: where the names, the title and the pinpoint would end, and a clause in lower case after
        int names = scan.indexOfTop(',', start);
        if (names < 0 || names >= end || names - start > 60) return -1;
        int open = names + 1;
        while (open < end && t.charAt(open) == ' ') open++;
        boolean quoted = open < end && Scan.isOpeningQuote(t.charAt(open));
        boolean pointer = false;
        int k = -1;
        if (quoted) {
            for (int[] span : scan.quoteSpans()) if (span[0] == open) k = span[1];
            // the pinpoint follows the closing quote and its comma ("‘Title’, pp. 8–9", "“Title,” 240–44")
            while (k >= 0 && k + 1 < end && (t.charAt(k + 1) == ',' || t.charAt(k + 1) == ' ')) k++;
            // "Vale, “Consent of States” (n. 10), 71, anticipated …": the note the work was cited in, after its title
            int close = k >= 0 && k + 1 < end && t.startsWith("(n", k + 1) ? t.indexOf(')', k + 1) : -1;
            if (close > 0 && close < end && noteNumberInBrackets(t, k + 1, close)) {
                k = close;
                while (k + 1 < end && (t.charAt(k + 1) == ',' || t.charAt(k + 1) == ' ')) k++;
                pointer = true;
            }
        } else {
            k = scan.indexOfTop(',', names + 1); // after the title, "op. cit." or "n. 1 above"
        }
        if (k < 0 || k >= end) return -1;
        int e = scan.indexOfTop(',', k + 1);
        if (e < 0 || e >= end) return -1;
        int clause = e + 1;
        while (clause < end && t.charAt(clause) == ' ') clause++;
        if (clause >= end || !Character.isLowerCase(t.charAt(clause))) return -1;
        if (t.startsWith("http", clause) || t.startsWith("www.", clause)) return -1; // "…, 2021–2024, https://…": a URL, no clause
        // "…, p. 125, n. 40": the pinpoint goes on, no clause
        int next = scan.indexOfTop(',', clause);
        if (Parts.locator(t.substring(clause, next > 0 && next < end ? next : end), false) != null) return -1;
        boolean shortForm = pointer ? Names.kind(t.substring(start, names)) == Names.Kind.FAMILY_ONLY
                : quoted ? quotedShortFormThenClause(scan, start, end) : shortFormThenPinpoint(scan, start, end);
        return shortForm ? e : -1;
    }

    /** The next semicolon or sentence end at the top level after {@code from}, or {@code end}: a citation runs over neither. */
    static int untilSemicolon(Scan scan, int from, int end) {
        String t = scan.text;
        for (int i = from; i < end; i++) {
            char c = t.charAt(i);
            if ((c == ';' || c == '.' && Sentences.isSentenceEnd(t, i)) && scan.top(i)) return i;
        }
        return end;
    }

    /** "(n. 10)", "(n 4)": the note a work was cited in, in the brackets from {@code open} to {@code close}. */
    private static boolean noteNumberInBrackets(String t, int open, int close) {
        int d = t.startsWith("(n. ", open) ? open + 4 : t.startsWith("(n ", open) ? open + 3 : -1;
        return d > 0 && d < close && close - d <= 3 && Pages.allDigits(t.substring(d, close));
    }

    /** At {@code at} (after spaces): a remark a citation keeps ("emphasis added", "citing …", "quoting …"). */
    private static boolean remarkFollows(String t, int at) {
        while (at < t.length() && t.charAt(at) == ' ') at++;
        for (String w : new String[] {"emphasis", "citing", "quoting", "internal", "footnote", "translation", "trans.", "my "}) {
            if (t.startsWith(w, at)) return true;
        }
        return false;
    }

    /**
     * At the comma of ", which" or ", who" after a pinpoint: a clause of a few words that ends in a preposition and
     * names a second work in full ("…, 41–58, which draws on Leopold Harcourt-Mensah, Blockade and Bread (London: …,
     * 1988)"); where its names start, or -1.
     */
    private static int citationInRelativeClause(Scan scan, int from, int comma, int end) {
        String t = scan.text;
        if (comma <= from || !Character.isDigit(t.charAt(comma - 1)) && t.charAt(comma - 1) != ')') return -1;
        int s = t.startsWith(", which ", comma) ? comma + 8 : t.startsWith(", who ", comma) ? comma + 6 : nounThenWhich(t, comma, end);
        if (s < 0) return -1;
        int names = LeadIns.afterPrepositionLeadIn(t, s, end);
        // "…, 201–33, which may be compared with the account of the Amboran formula in Okonkwo-Lindell, Clean Slate, 88–93"
        if (names < 0) return LeadIns.proseLeadInToCitation(scan, s, end);
        end = untilSemicolon(scan, names, end);
        return namesThenWork(scan, names, end) || namesThenQuotedTitle(scan, names, end) ? names : -1;
    }

    /**
     * ", the commentary on which, in Roderick Vale-Ansah, …": a relative clause that opens with a noun and "on which" or
     * "of which"; where the words after "which" start, or -1.
     */
    private static int nounThenWhich(String t, int comma, int end) {
        if (!t.startsWith(", the ", comma) && !t.startsWith(", a ", comma)) return -1;
        int which = t.indexOf(" which", comma + 4);
        if (which < 0 || which - comma > 50 || which + 8 >= end) return -1;
        if (!t.startsWith(" on", which - 3) && !t.startsWith(" of", which - 3)) return -1;
        if (!Prose.lowerCaseAside(t, comma + 2, which)) return -1;
        int s = which + 6;
        if (t.charAt(s) == ',') s++;
        return t.charAt(s) == ' ' ? s + 1 : -1;
    }

    /** Between {@code from} and {@code to}: ", who", ", which" or ", where" right after a pinpoint or a closing bracket. */
    private static boolean relativeClauseAfterPinpoint(String t, int from, int to) {
        for (String w : new String[] {", who ", ", which ", ", where "}) {
            int k = t.lastIndexOf(w, to);
            if (k > from && (Character.isDigit(t.charAt(k - 1)) || t.charAt(k - 1) == ')') && t.indexOf(',', k + 1) == to) return true;
        }
        return false;
    }

    /**
     * At {@code comma}, a comma of a list of short forms after a pinpoint ("…, 330–52, Oyelaran-Holt, “Petitioning
     * the World,” 246–48"): where the next short form starts, or -1.
     */
    private static int shortFormAfterPinpoint(Scan scan, int from, int comma, int end) {
        String t = scan.text;
        if (comma <= from || !Character.isDigit(t.charAt(comma - 1))) return -1;
        int s = comma + 2;
        if (s >= end || !Character.isUpperCase(t.charAt(s))) return -1;
        end = untilSemicolon(scan, comma, end);
        // the stretch before holds a short form or a citation of its own: names, a comma, then a title
        if (scan.indexOfTop(',', from) >= comma) return -1;
        return quotedShortFormThenClause(scan, s, end) || shortFormThenPinpoint(scan, s, end) ? s : -1;
    }

    /**
     * At {@code name}: names, a comma, a quoted title and a pinpoint, then the end of the stretch or a comma (a list
     * or a clause goes on).
     */
    private static boolean quotedShortFormThenClause(Scan scan, int name, int end) {
        if (!namesThenQuotedTitle(scan, name, end)) return false;
        String t = scan.text;
        int open = scan.indexOfTop(',', name) + 1;
        while (open < end && t.charAt(open) == ' ') open++;
        return quotedTitleThenPinpoint(scan, open, end, true);
    }

    /**
     * "… does not bear that reading, and Vasquez-Thornbury, Complicit States, 215, does not attempt to give it one": a
     * short form as the subject of a clause, after a lower-case word of prose. The short form's [start, end), or null.
     */
    private static int[] shortFormBeforeClause(Scan scan, int start, int end) {
        return shortFormBeforeClause(scan, start, end, 3);
    }

    /** As {@link #shortFormBeforeClause(Scan, int, int)}, after at least {@code words} lower-case words. */
    private static int[] shortFormBeforeClause(Scan scan, int start, int end, int words) {
        String t = scan.text;
        int limit = Math.min(end, start + LEAD_IN_LIMIT);
        for (int i = start + 1; i < limit; i++) {
            if (!Character.isUpperCase(t.charAt(i)) || t.charAt(i - 1) != ' ' || !scan.top(i)) continue;
            int w = i - 2;
            while (w >= start && Character.isLetter(t.charAt(w))) w--;
            if (w + 1 >= i - 1 || !Character.isLowerCase(t.charAt(w + 1)) || Prose.lowerCaseWords(t, start, i) < words) continue;
            if (!shortFormThenPinpoint(scan, i, end) || shortFormToEnd(scan, i, end)) continue;
            int second = scan.indexOfTop(',', scan.indexOfTop(',', i) + 1);
            return new int[] {i, scan.indexOfTop(',', second + 1)};
        }
        return null;
    }

    /**
     * At {@code name}: a short form of names, short title and pinpoint ("Vasquez-Thornbury, Complicit States,
     * 88–93"), at the end of the stretch or before a clause of prose (", does not attempt …").
     */
    static boolean shortFormThenPinpoint(Scan scan, int name, int end) {
        String t = scan.text;
        int first = scan.indexOfTop(',', name);
        if (first < 0 || first >= end) return false;
        int second = scan.indexOfTop(',', first + 1);
        if (second < 0 || second >= end) return shortFormToEnd(scan, name, end);
        int third = scan.indexOfTop(',', second + 1);
        if (third < 0 || third >= end) return shortFormToEnd(scan, name, end);
        int clause = third + 1;
        while (clause < end && t.charAt(clause) == ' ') clause++;
        return clause < end && Character.isLowerCase(t.charAt(clause)) && shortFormToEnd(scan, name, third);
    }

    /**
     * At the space before " and " right after a citation's closing bracket or page ("… (Oxford: Calder Press,
     * 2022) and Tomas Oyelaran, “Monuments in Court,” …"): where the second citation starts, its names followed
     * by a comma and a quoted title or bibliographic evidence, or -1. Names joined by "and" follow a letter.
     */
    private static int citationAfterBareAnd(Scan scan, int from, int space, int end) {
        String t = scan.text;
        if (space <= from || !Character.isDigit(t.charAt(space - 1)) && t.charAt(space - 1) != ')') return -1;
        int s = space + 5;
        if (s >= end || !Character.isUpperCase(t.charAt(s))) return -1;
        return namesThenQuotedTitle(scan, s, end) || namesThenWork(scan, s, end) || caseThenReport(scan, s, end) ? s : -1;
    }

    /**
     * At {@code s}, up to {@code end}: a case's name ("Coalition for a Livable Future v. State of Quelland"), a comma,
     * then what numbers it (a case number, a date, a paragraph).
     */
    /** At {@code s}: a case's parties ("A v. B") and, before {@code end}, numbers and strong evidence of its report. */
    static boolean caseNamedWithItsReport(Scan scan, int s, int end) {
        if (!caseThenNumbers(scan, s, end)) return false;
        String cited = scan.text.substring(s, end);
        return Evidence.strong(cited, 0, cited.length()) || LegalCases.parse(cited, new Draft(0, 0, cited));
    }

    private static boolean caseThenNumbers(Scan scan, int s, int end) {
        String t = scan.text;
        int comma = caseNameEnd(scan, s, end, 150);
        if (comma < 0) return false;
        for (int k = s; k < comma; k++) {
            if (!Character.isDigit(t.charAt(k))) continue;
            // "Arrest Warrant of 11 April 2000 (Democratic Republic of the Congo v. Belgium)": a full date in the name
            Dates.Parsed date = k > s && t.charAt(k - 1) == ' ' ? Dates.find(t.substring(k, comma), 0) : null;
            if (date != null && date.start() == 0 && date.iso() != null) {
                k += date.end() - 1;
                continue;
            }
            if (!Prose.yearWordAt(t, k, comma)) return false;
            k += 3; // "Monetary Gold Removed from Rome in 1943 (Italy v. France, …)": a year in the name
        }
        for (int k = comma; k < end; k++) if (Character.isDigit(t.charAt(k))) return true;
        return false;
    }

    /** At {@code s}: the comma that ends a case's name with its "v." ("Plessy v. Ferguson,"), within {@code longest}; or -1. */
    private static int caseNameEnd(Scan scan, int s, int end, int longest) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', s);
        if (comma < 0 || comma >= end || comma - s > longest) return -1;
        int v = t.indexOf(" v. ", s);
        if (v < 0 || v > comma) v = t.indexOf(" v ", s);
        return v < 0 || v > comma ? -1 : comma;
    }

    /** At {@code s}: a case's name ("Plessy v. Ferguson"), a comma, then the report's volume and name ("163 U.S. 537"). */
    private static boolean caseThenReport(Scan scan, int s, int end) {
        String t = scan.text;
        int comma = caseNameEnd(scan, s, end, 120);
        if (comma < 0) return false;
        int d = comma + 2;
        if (d >= end || t.charAt(comma + 1) != ' ' || !Character.isDigit(t.charAt(d))) return false;
        while (d < end && Character.isDigit(t.charAt(d))) d++;
        return d + 1 < end && t.charAt(d) == ' ' && Character.isUpperCase(t.charAt(d + 1));
    }

    /**
     * At the comma of ", and" after a citation's page: whether a clause of prose follows, lower-case words
     * up to the end of the sentence or the next citation ("…, at 22, and neither accounts for settlements").
     */
    private static boolean proseAfterPinpoint(Scan scan, int from, int comma, int end) {
        String t = scan.text;
        int k = comma - 1;
        while (k > from && t.charAt(k) == ' ') k--;
        // "…, pp. 320 ff., and the sources there cited": the page and those following it
        for (String following : new String[] {" ff.", " f.", "ff.", "f.", " et seq."}) {
            if (k - following.length() > from && t.startsWith(following, k + 1 - following.length())) {
                k -= following.length();
                break;
            }
        }
        int s = comma + 6; // after ", and "
        if (k <= from || !Character.isDigit(t.charAt(k)) || s >= end || !Character.isLowerCase(t.charAt(s))) return false;
        // "…, 101–28, and it has since been taken up by the Council, which …": a clause with a subject of its own
        for (String subject : new String[] {"it ", "this ", "they ", "he ", "she ", "we ", "these "}) {
            int v = s + subject.length();
            if (t.startsWith(subject, s) && v < end && Character.isLowerCase(t.charAt(v))) return true;
        }
        int stop = s;
        int limit = Math.min(end, s + 200);
        while (stop < limit && t.charAt(stop) != ';' && !(t.charAt(stop) == '.' && Sentences.isSentenceEnd(t, stop))) stop++;
        if (stop == limit && limit < end) return false; // no clause this long is a tail of prose
        return Prose.isPlainSentence(scan, s, stop) || Prose.lowerCaseClause(t, s, stop);
    }

    /** ", quoted in " or ", cited in " followed by a capitalised name: the work quoted from follows. */
    private static boolean quotedInAfter(String t, int comma) {
        if (!t.startsWith(" quoted in ", comma + 1) && !t.startsWith(" cited in ", comma + 1)) return false;
        int k = t.indexOf(" in ", comma + 1) + 4;
        return k < t.length() && Character.isUpperCase(t.charAt(k));
    }

    /**
     * "For a sceptical reading, compare Name, “Title,” 110, with Other, Title, 60": the signal "compare" inside a
     * sentence, before two citations joined by ", with "; where it starts, or -1.
     */
    private static int embeddedComparison(Scan scan, int from, int to) {
        String t = scan.text;
        for (int i = t.indexOf(" compare ", from); i >= 0 && i + 10 < to; i = t.indexOf(" compare ", i + 1)) {
            int s = i + 1;
            if (scan.top(s) && Character.isUpperCase(t.charAt(s + 8)) && comparedWith(scan, s + 8, to) > 0) return s;
        }
        return -1;
    }

    /** At {@code at}: a volume's digits, a space and a capital ("18 U.S.C.", "89 Fed. Reg."). */
    private static boolean volumeThenCapital(String t, int at, int to) {
        int d = at;
        while (d < to && Character.isDigit(t.charAt(d))) d++;
        return d > at && d - at <= 4 && d + 1 < to && t.charAt(d) == ' ' && Character.isUpperCase(t.charAt(d + 1));
    }

    /** From {@code from} to {@code comma}, words of prose in lower case describing the UN document cited after the comma. */
    static boolean describedDocumentAfter(String t, int from, int comma) {
        return comma - from <= 120 && Prose.lowerCaseAside(t, from, comma)
                && (t.startsWith("UN Doc", comma + 2) || t.startsWith("U.N. Doc", comma + 2));
    }

    /** Where ", with " joins the second of two compared citations (a capital or "id." after it), or -1. */
    private static int comparedWith(Scan scan, int from, int to) {
        String t = scan.text;
        for (int k = t.indexOf(", with ", from); k >= 0 && k + 8 < to; k = t.indexOf(", with ", k + 1)) {
            char next = t.charAt(k + 7);
            if (scan.top(k) && (Character.isUpperCase(next) || t.startsWith("id.", k + 7) || Scan.isOpeningQuote(next))) return k;
            // "…, with 18 U.S.C. § 1589(a) (2018)": a code or reporter cited by volume
            if (scan.top(k) && Character.isDigit(next) && volumeThenCapital(t, k + 7, to)) return k;
            // "…, with the statement of its delegate fifteen years later, UN Doc. A/C.6/77/SR.20 (…)": a described document
            int comma = t.indexOf(", ", k + 7);
            if (scan.top(k) && Character.isLowerCase(next) && comma > 0 && comma < to && describedDocumentAfter(t, k + 7, comma)) return k;
        }
        // "…, which requires only that they “discuss the question of compensation,” with Helsinki Convention, art. 2": the
        // comma inside the closing quote (where the second citation starts is two characters after the returned index)
        for (int k = t.indexOf(",\u201D with ", from); k >= 0 && k + 9 < to; k = t.indexOf(",\u201D with ", k + 1)) {
            if (scan.top(k + 1) && Character.isUpperCase(t.charAt(k + 8))) return k + 1;
        }
        return -1;
    }
}

package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.citegraph.rdf.ArticleFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact results of every shipped query on the hand-made fixture article (see {@link ArticleFixture}
 * for the notes these rows come from).
 */
class QueriesOnFixtureTest {

    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.inMemory();
        store.load(ArticleFixture.article());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String csv(String query) {
        return QueryLibrary.load(query).write(store.dataset(), Map.of(), ResultFormat.CSV).replace("\r\n", "\n");
    }

    @Test
    void references() {
        assertThat(csv("references")).isEqualTo("""
                note,position,type,work,title,container,authors,editors,volume,issue,year,date,publisher,place,pages,pinpoint,url,un_symbol,signal,emphasis,raw
                1,0,journal-article,http://localhost:3030/works/buzan-2001-english-school,The English School: An underexploited resource in IR,Review of International Studies,"Buzan, Barry",,27,3,2001,,,,471-488,479,,,,,"Barry Buzan, ‘The English School: An underexploited resource in IR’, Review of International Studies, 27:3 (2001), pp. 471–88 (p. 479)"
                1,1,book,http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,,"Buzan, Barry",,,,2004,,Cambridge University Press,Cambridge,,,,,,,"Barry Buzan, From International to World Society? English School Theory and the Social Structure of Globalisation (Cambridge: Cambridge University Press, 2004)"
                2,0,book,http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,,"Buzan, Barry",,,,2004,,Cambridge University Press,Cambridge,,167,,,,,"Buzan, From International to World Society?, p. 167"
                2,1,journal-article,http://localhost:3030/works/makinda-2002-hedley-bull-global-governance,Hedley Bull and global governance: A note on IR theory,Australian Journal of International Affairs,"Makinda, Samuel M.",,56,3,2002,,,,361-371,366,,,,,"Samuel M. Makinda, ‘Hedley Bull and global governance: A note on IR theory’, Australian Journal of International Affairs, 56:3 (2002), pp. 361–71 (p. 366)"
                3,0,chapter,http://localhost:3030/works/navari-knudsen-2019-introduction,Introduction: A new approach to international organization,International Organization in the Anarchical Society,"Navari, Cornelia; Knudsen, Tonny Brems","Knudsen, Tonny Brems; Navari, Cornelia",,,2019,,Palgrave Macmillan,Cham,1-20,8,,,,,"Cornelia Navari and Tonny Brems Knudsen, ‘Introduction: A new approach to international organization’, in Tonny Brems Knudsen and Cornelia Navari (eds), International Organization in the Anarchical Society (Cham: Palgrave Macmillan, 2019), pp. 1–20 (p. 8)"
                4,0,chapter,http://localhost:3030/works/knudsen-2019-fundamental-institutions,Fundamental institutions and international organizations: Theorizing continuity and change,International Organization in the Anarchical Society,"Knudsen, Tonny Brems","Knudsen, Tonny Brems; Navari, Cornelia",,,2019,,Palgrave Macmillan,Cham,23-50,33,,,,,"Tonny Brems Knudsen, ‘Fundamental institutions and international organizations: Theorizing continuity and change’, in Knudsen and Navari (eds), International Organization in the Anarchical Society, pp. 23–50 (p. 33)"
                4,1,book,http://localhost:3030/works/wiener-2014-theory-contestation,A Theory of Contestation,,"Wiener, Antje",,,,2014,,Springer,New York,,21,,,See also,added,"See also Antje Wiener, A Theory of Contestation (New York: Springer, 2014), p. 21, emphasis added"
                5,0,web-page,http://localhost:3030/works/csto-declaration-collective-security-council,Declaration of the Collective Security Council of the Collective Security Treaty Organization,,CSTO,,,,,,,,,,https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/,,See,,"See CSTO, ‘Declaration of the Collective Security Council of the Collective Security Treaty Organization’, available at: {https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/}"
                5,1,news-article,http://localhost:3030/works/scepanovic-2020-nagorno-karabakh-deal,Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?,The Diplomat,"Šćepanović, Janko",,,,2020,2020-11-14,,,,,https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/,,See,,"Janko Šćepanović, ‘Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?’, The Diplomat (14 November 2020), available at: {https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/}"
                6,0,un-document,http://localhost:3030/un/doc/S/PV.7796,,,,,,,2016,2016-10-28,,,,23,,S/PV.7796,,,"UN Doc S/PV.7796, 28 October 2016, p. 23"
                7,0,un-document,http://localhost:3030/un/doc/S/PV.7796,,,,,,,2016,2016-10-28,,,,10,,S/PV.7796,,,"S/PV.7796, p. 10"
                7,1,un-document,http://localhost:3030/un/doc/A/RES/48/237,,,,,,,1994,1994-03-24,,,,,,A/RES/48/237,,,"UN Doc A/RES/48/237, 24 March 1994"
                7,2,un-document,http://localhost:3030/un/doc/S/2016/867/Add.1,,,,,,,2016,2016-10-14,,,,2,,S/2016/867/Add.1,,,"UN Doc S/2016/867/Add.1, 14 October 2016, p. 2"
                9,0,book,http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,,"Buzan, Barry",,,,2004,,Cambridge University Press,Cambridge,,"183-184, 187",,,,,"Buzan, From International to World Society?, pp. 183–4, 187"
                9,1,journal-article,http://localhost:3030/works/buzan-2001-english-school,The English School: An underexploited resource in IR,Review of International Studies,"Buzan, Barry",,27,3,2001,,,,471-488,480,,,,in original,"Buzan, ‘The English School’, p. 480, emphasis in original"
                10,0,treaty,http://localhost:3030/works/un-unts-2632-csto-peacekeeping-agreement,Agreement on the peacekeeping activities of the Collective Security Treaty Organization,United Nations Treaty Series,UN,,2632,,2009,,,,29-50,,,,,,"UN, ‘Agreement on the peacekeeping activities of the Collective Security Treaty Organization’, United Nations Treaty Series, 2632 (2009), pp. 29–50"
                10,1,report,http://localhost:3030/works/nikitina-2013-security-cooperation,Security cooperation in the post-Soviet area within the Collective Security Treaty Organization,ISPI Analysis,"Nikitina, Yulia",,,152,2013,,,,,,https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf,,"See, for example,",,"See, for example, Yulia Nikitina, ‘Security cooperation in the post-Soviet area within the Collective Security Treaty Organization’, ISPI Analysis, no. 152 (January 2013), available at: {https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf}"
                10,2,un-document,http://localhost:3030/un/doc/A/HRC/39/CRP.2,,,,,,,2018,,,,,para. 5,,A/HRC/39/CRP.2,,,"UN Doc A/HRC/39/CRP.2, para. 5"
                """);
    }

    @Test
    void article() {
        assertThat(csv("article")).isEqualTo("""
                article,title,authors,affiliations,corresponding,published,publisher,on_behalf_of,type,rights,abstract,journal,doi,notes,citations,works
                http://localhost:3030/article/fixture-2023,"Agents, multilateral institutions, and fundamental institutional change in international society: The case of Russia’s peacekeeping policy","Hadano, Takamitsu","Faculty of International Studies, Hiroshima City University, Hiroshima, Japan","Hadano, Takamitsu",2023-10-18,Cambridge University Press,The British International Studies Association,Research Article,"© The Author(s), 2023. Published by Cambridge University Press on behalf of The British International Studies Association.","Drawing on recent debates in English School (ES) theory, this article develops an analytical framework.",,,10,18,14
                """);
    }

    @Test
    void worksMostCited() {
        assertThat(csv("works-most-cited")).isEqualTo("""
                work,type,title,authors,year,citations,notes,first_note
                http://localhost:3030/works/buzan-2004-international-world-society,book,From International to World Society? English School Theory and the Social Structure of Globalisation,"Buzan, Barry",2004,3,3,1
                http://localhost:3030/works/buzan-2001-english-school,journal-article,The English School: An underexploited resource in IR,"Buzan, Barry",2001,2,2,1
                http://localhost:3030/un/doc/S/PV.7796,un-document,,,2016,2,2,6
                http://localhost:3030/works/makinda-2002-hedley-bull-global-governance,journal-article,Hedley Bull and global governance: A note on IR theory,"Makinda, Samuel M.",2002,1,1,2
                http://localhost:3030/works/navari-knudsen-2019-introduction,chapter,Introduction: A new approach to international organization,"Navari, Cornelia; Knudsen, Tonny Brems",2019,1,1,3
                http://localhost:3030/works/knudsen-2019-fundamental-institutions,chapter,Fundamental institutions and international organizations: Theorizing continuity and change,"Knudsen, Tonny Brems",2019,1,1,4
                http://localhost:3030/works/wiener-2014-theory-contestation,book,A Theory of Contestation,"Wiener, Antje",2014,1,1,4
                http://localhost:3030/works/csto-declaration-collective-security-council,web-page,Declaration of the Collective Security Council of the Collective Security Treaty Organization,CSTO,,1,1,5
                http://localhost:3030/works/scepanovic-2020-nagorno-karabakh-deal,news-article,Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?,"Šćepanović, Janko",2020,1,1,5
                http://localhost:3030/un/doc/A/RES/48/237,un-document,,,1994,1,1,7
                http://localhost:3030/un/doc/S/2016/867/Add.1,un-document,,,2016,1,1,7
                http://localhost:3030/un/doc/A/HRC/39/CRP.2,un-document,,,2018,1,1,10
                http://localhost:3030/works/nikitina-2013-security-cooperation,report,Security cooperation in the post-Soviet area within the Collective Security Treaty Organization,"Nikitina, Yulia",2013,1,1,10
                http://localhost:3030/works/un-unts-2632-csto-peacekeeping-agreement,treaty,Agreement on the peacekeeping activities of the Collective Security Treaty Organization,UN,2009,1,1,10
                """);
    }

    @Test
    void authorsMostCited() {
        assertThat(csv("authors-most-cited")).isEqualTo("""
                author,name,works,citations,notes
                http://localhost:3030/person/buzan-barry,"Buzan, Barry",2,5,3
                http://localhost:3030/person/knudsen-tonny-brems,"Knudsen, Tonny Brems",2,2,2
                http://localhost:3030/org/csto,CSTO,1,1,1
                http://localhost:3030/person/makinda-samuel-m,"Makinda, Samuel M.",1,1,1
                http://localhost:3030/person/navari-cornelia,"Navari, Cornelia",1,1,1
                http://localhost:3030/person/nikitina-yulia,"Nikitina, Yulia",1,1,1
                http://localhost:3030/org/un,UN,1,1,1
                http://localhost:3030/person/wiener-antje,"Wiener, Antje",1,1,1
                http://localhost:3030/person/scepanovic-janko,"Šćepanović, Janko",1,1,1
                """);
    }

    @Test
    void citationTypes() {
        assertThat(csv("citation-types")).isEqualTo("""
                type,citations,works
                un-document,5,4
                book,4,2
                journal-article,3,2
                chapter,2,2
                news-article,1,1
                report,1,1
                treaty,1,1
                web-page,1,1
                """);
    }

    @Test
    void unDocuments() {
        assertThat(csv("un-documents")).isEqualTo("""
                symbol,organ,body,session,year,docType,number,suffixes,date,undocs,notes
                S/PV.7796,S,,,,PV,7796,,2016-10-28,https://undocs.org/S/PV.7796,"6, 7"
                A/RES/48/237,A,,48,,RES,237,,1994-03-24,https://undocs.org/A/RES/48/237,7
                S/2016/867/Add.1,S,,,2016,general,867,Add.1,2016-10-14,https://undocs.org/S/2016/867/Add.1,7
                A/HRC/39/CRP.2,A,HRC,39,,CRP,2,,,https://undocs.org/A/HRC/39/CRP.2,10
                """);
    }

    @Test
    void coCited() {
        assertThat(csv("co-cited")).isEqualTo("""
                work_a,title_a,work_b,title_b,notes,note_numbers
                http://localhost:3030/works/buzan-2001-english-school,The English School: An underexploited resource in IR,http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,2,"1, 9"
                http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,http://localhost:3030/works/makinda-2002-hedley-bull-global-governance,Hedley Bull and global governance: A note on IR theory,1,2
                http://localhost:3030/works/knudsen-2019-fundamental-institutions,Fundamental institutions and international organizations: Theorizing continuity and change,http://localhost:3030/works/wiener-2014-theory-contestation,A Theory of Contestation,1,4
                http://localhost:3030/works/csto-declaration-collective-security-council,Declaration of the Collective Security Council of the Collective Security Treaty Organization,http://localhost:3030/works/scepanovic-2020-nagorno-karabakh-deal,Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?,1,5
                http://localhost:3030/un/doc/A/RES/48/237,,http://localhost:3030/un/doc/S/2016/867/Add.1,,1,7
                http://localhost:3030/un/doc/A/RES/48/237,,http://localhost:3030/un/doc/S/PV.7796,,1,7
                http://localhost:3030/un/doc/S/2016/867/Add.1,,http://localhost:3030/un/doc/S/PV.7796,,1,7
                http://localhost:3030/un/doc/A/HRC/39/CRP.2,,http://localhost:3030/works/nikitina-2013-security-cooperation,Security cooperation in the post-Soviet area within the Collective Security Treaty Organization,1,10
                http://localhost:3030/un/doc/A/HRC/39/CRP.2,,http://localhost:3030/works/un-unts-2632-csto-peacekeeping-agreement,Agreement on the peacekeeping activities of the Collective Security Treaty Organization,1,10
                http://localhost:3030/works/nikitina-2013-security-cooperation,Security cooperation in the post-Soviet area within the Collective Security Treaty Organization,http://localhost:3030/works/un-unts-2632-csto-peacekeeping-agreement,Agreement on the peacekeeping activities of the Collective Security Treaty Organization,1,10
                """);
    }

    @Test
    void pinpoints() {
        assertThat(csv("pinpoints")).isEqualTo("""
                work,title,pinpoint,start,end,citations,notes
                http://localhost:3030/works/buzan-2001-english-school,The English School: An underexploited resource in IR,479,479,479,1,1
                http://localhost:3030/works/buzan-2001-english-school,The English School: An underexploited resource in IR,480,480,480,1,9
                http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,167,167,167,1,2
                http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,183-184,183,184,1,9
                http://localhost:3030/works/buzan-2004-international-world-society,From International to World Society? English School Theory and the Social Structure of Globalisation,187,187,187,1,9
                http://localhost:3030/works/makinda-2002-hedley-bull-global-governance,Hedley Bull and global governance: A note on IR theory,366,366,366,1,2
                http://localhost:3030/works/navari-knudsen-2019-introduction,Introduction: A new approach to international organization,8,8,8,1,3
                http://localhost:3030/works/knudsen-2019-fundamental-institutions,Fundamental institutions and international organizations: Theorizing continuity and change,33,33,33,1,4
                http://localhost:3030/works/wiener-2014-theory-contestation,A Theory of Contestation,21,21,21,1,4
                http://localhost:3030/un/doc/S/PV.7796,,10,10,10,1,7
                http://localhost:3030/un/doc/S/PV.7796,,23,23,23,1,6
                http://localhost:3030/un/doc/S/2016/867/Add.1,,2,2,2,1,7
                http://localhost:3030/un/doc/A/HRC/39/CRP.2,,para. 5,,,1,10
                """);
    }

    @Test
    void notesWithoutCitation() {
        assertThat(csv("notes-without-citation")).isEqualTo("""
                article,note,text
                http://localhost:3030/article/fixture-2023,8,I thank one of the anonymous reviewers for this phrase.
                """);
    }

    @Test
    void urls() {
        assertThat(csv("urls")).isEqualTo("""
                url,work,type,title,date,notes
                https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/,http://localhost:3030/works/csto-declaration-collective-security-council,web-page,Declaration of the Collective Security Council of the Collective Security Treaty Organization,,5
                https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/,http://localhost:3030/works/scepanovic-2020-nagorno-karabakh-deal,news-article,Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?,2020-11-14,5
                https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf,http://localhost:3030/works/nikitina-2013-security-cooperation,report,Security cooperation in the post-Soviet area within the Collective Security Treaty Organization,2013,10
                """);
    }

    @Test
    void citedYears() {
        assertThat(csv("cited-years")).isEqualTo("""
                year,works,citations
                2020,1,1
                2019,2,2
                2018,1,1
                2016,2,3
                2014,1,1
                2013,1,1
                2009,1,1
                2004,1,3
                2002,1,1
                2001,1,2
                1994,1,1
                """);
    }
}

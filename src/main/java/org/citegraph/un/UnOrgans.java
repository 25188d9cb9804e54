package org.citegraph.un;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * Organ and body names by series symbol, with the Wikidata items the design note
 * ({@code un-documents.md} §3.5) verified: the UN (Q1065), General Assembly (Q47423), Security Council
 * (Q37470), ECOSOC (Q170075), Secretariat (Q220563) and Human Rights Council (Q205650). No other item is
 * given, so no other {@code wikidataId} is set. Bodies whose series code is structural (C.n, AC.n, CN.n,
 * CONF.n, …) are part of a symbol's body chain even when their name is not listed here.
 */
public final class UnOrgans {

    /** The Organization itself: the publisher of UN documents and of the Treaty Series. */
    public static final UnOrgan UNITED_NATIONS = new UnOrgan("UN", "United Nations", "Q1065", null);

    private static final Pattern STRUCTURAL_BODY = Pattern.compile("^(?:C|AC|CN|CONF|GC|PC|PCN|SC|Sub|WG)\\.\\d+$");
    private static final Pattern MAIN_COMMITTEE = Pattern.compile("^A/C\\.[1-6]$");

    private static final Map<String, UnOrgan> BY_SERIES = new LinkedHashMap<>();

    static {
        root("A", "General Assembly", "Q47423");
        root("S", "Security Council", "Q37470");
        root("E", "Economic and Social Council", "Q170075");
        root("T", "Trusteeship Council", null);
        root("ST", "United Nations Secretariat", "Q220563");

        body("A/C.1", "First Committee (Disarmament and International Security)");
        body("A/C.2", "Second Committee (Economic and Financial)");
        body("A/C.3", "Third Committee (Social, Humanitarian and Cultural)");
        body("A/C.4", "Fourth Committee (Special Political and Decolonization)");
        body("A/C.5", "Fifth Committee (Administrative and Budgetary)");
        body("A/C.6", "Sixth Committee (Legal)");
        body("A/HRC", "Human Rights Council", "Q205650");
        body("A/CN.4", "International Law Commission");
        body("A/CN.9", "United Nations Commission on International Trade Law");
        body("A/CN.10", "Disarmament Commission");
        body("A/AC.96", "Executive Committee of the Programme of the United Nations High Commissioner for Refugees");
        body("A/AC.105", "Committee on the Peaceful Uses of Outer Space");
        body("A/AC.109", "Special Committee on Decolonization");
        body("A/CONF.39", "United Nations Conference on the Law of Treaties");
        body("A/CONF.62", "Third United Nations Conference on the Law of the Sea");
        body("A/CONF.151", "United Nations Conference on Environment and Development");
        body("A/CONF.157", "World Conference on Human Rights");
        body("A/CONF.177", "Fourth World Conference on Women");
        body("A/CONF.183", "United Nations Diplomatic Conference of Plenipotentiaries on the Establishment"
                + " of an International Criminal Court");
        body("A/CONF.232", "Intergovernmental conference on marine biological diversity of areas beyond"
                + " national jurisdiction");

        body("E/CN.3", "Statistical Commission");
        body("E/CN.4", "Commission on Human Rights");
        body("E/CN.4/Sub.2", "Sub-Commission on the Promotion and Protection of Human Rights");
        body("E/CN.5", "Commission for Social Development");
        body("E/CN.6", "Commission on the Status of Women");
        body("E/CN.7", "Commission on Narcotic Drugs");
        body("E/CN.9", "Commission on Population and Development");
        body("E/CN.15", "Commission on Crime Prevention and Criminal Justice");
        body("E/CN.16", "Commission on Science and Technology for Development");
        body("E/CN.17", "Commission on Sustainable Development");
        body("E/C.12", "Committee on Economic, Social and Cultural Rights");
        body("E/C.19", "Permanent Forum on Indigenous Issues");
        body("E/ECE", "Economic Commission for Europe");
        body("E/ECA", "Economic Commission for Africa");
        body("E/ESCAP", "Economic and Social Commission for Asia and the Pacific");
        body("E/ESCWA", "Economic and Social Commission for Western Asia");
        body("E/ICEF", "Executive Board of the United Nations Children's Fund");

        body("ST/SG", "Secretary-General");
        body("ST/SG/AC.10", "Committee of Experts on the Transport of Dangerous Goods");
        body("ST/LIB", "Dag Hammarskjöld Library");

        root("ECE", "Economic Commission for Europe", null);
        body("ECE/TRANS", "Inland Transport Committee");
        body("ECE/TRANS/WP.29", "World Forum for Harmonization of Vehicle Regulations");

        root("CCPR", "International Covenant on Civil and Political Rights (treaty series)", null);
        body("CCPR/C", "Human Rights Committee");
        root("CAT", "Convention against Torture (treaty series)", null);
        body("CAT/C", "Committee against Torture");
        root("CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women (treaty series)", null);
        body("CEDAW/C", "Committee on the Elimination of Discrimination against Women");
        root("CERD", "International Convention on the Elimination of All Forms of Racial Discrimination (treaty series)", null);
        body("CERD/C", "Committee on the Elimination of Racial Discrimination");
        root("CRC", "Convention on the Rights of the Child (treaty series)", null);
        body("CRC/C", "Committee on the Rights of the Child");
        root("CMW", "International Convention on the Protection of the Rights of All Migrant Workers (treaty series)", null);
        body("CMW/C", "Committee on Migrant Workers");
        root("CRPD", "Convention on the Rights of Persons with Disabilities (treaty series)", null);
        body("CRPD/C", "Committee on the Rights of Persons with Disabilities");
        root("CED", "International Convention for the Protection of All Persons from Enforced Disappearance (treaty series)", null);
        body("CED/C", "Committee on Enforced Disappearances");
        root("HRI", "International human rights instruments (common treaty-body series)", null);

        root("DP", "Executive Board of the United Nations Development Programme", null);
        body("DP/FPA", "United Nations Population Fund");
        root("TD", "United Nations Conference on Trade and Development", null);
        body("TD/B", "Trade and Development Board");
        root("UNEP", "United Nations Environment Programme", null);
        root("PCNICC", "Preparatory Commission for the International Criminal Court", null);
        root("FCCC", "United Nations Framework Convention on Climate Change", null);
        body("FCCC/CP", "Conference of the Parties to the United Nations Framework Convention on Climate Change");
        root("ICCD", "United Nations Convention to Combat Desertification", null);
        root("SPLOS", "Meeting of States Parties to the United Nations Convention on the Law of the Sea", null);
        root("ISBA", "International Seabed Authority", null);
        root("UNW", "Executive Board of UN-Women", null);
        // a specialized agency's governing bodies, whose symbols follow the WHO's grammar (WhoSymbols)
        root(WhoSymbols.ASSEMBLY, "World Health Assembly", null);
        root(WhoSymbols.EXECUTIVE_BOARD, "Executive Board of the World Health Organization", null);
        root(ImoSymbols.ORGAN, "International Maritime Organization", null);
        body("IMO/A", "Assembly of the International Maritime Organization");
        body("IMO/MSC", "Maritime Safety Committee");
        body("IMO/MEPC", "Marine Environment Protection Committee");
        body("IMO/LEG", "Legal Committee");
        body("IMO/FAL", "Facilitation Committee");
    }

    private UnOrgans() {
    }

    private static void root(String series, String name, String wikidataId) {
        BY_SERIES.put(series, new UnOrgan(series, name, wikidataId, null));
    }

    private static void body(String series, String name) {
        body(series, name, null);
    }

    private static void body(String series, String name, String wikidataId) {
        BY_SERIES.put(series, new UnOrgan(series, name, wikidataId, series.substring(0, series.lastIndexOf('/'))));
    }

    /** The organ or body with this series symbol ("A", "A/C.4", "E/CN.4"), if listed. */
    public static Optional<UnOrgan> lookup(String series) {
        return Optional.ofNullable(series == null ? null : BY_SERIES.get(series));
    }

    /** Every listed organ and body, roots first. */
    public static Collection<UnOrgan> all() {
        return Collections.unmodifiableCollection(BY_SERIES.values());
    }

    /** The series roots the registry lists (A, S, E, ST, CCPR, …): a bare symbol in prose must start with one. */
    public static Set<String> rootCodes() {
        Set<String> roots = new java.util.LinkedHashSet<>();
        for (UnOrgan o : BY_SERIES.values()) {
            if (o.parentSeries() == null) {
                roots.add(o.series());
            }
        }
        return Collections.unmodifiableSet(roots);
    }

    public static boolean isKnownRoot(String organ) {
        UnOrgan o = BY_SERIES.get(organ);
        return o != null && o.parentSeries() == null;
    }

    /**
     * The series of the bodies a symbol names, from the organ down: A/C.4/66/SR.10 gives [A, A/C.4];
     * ST/SG/AC.10/11 gives [ST, ST/SG, ST/SG/AC.10]. A body segment counts if it is listed or has a
     * structural code (C.n, AC.n, CN.n, CONF.n, …); the chain stops at the first that is neither
     * (A/HRC/WG.6/30/ARM/1 gives [A, A/HRC, A/HRC/WG.6], not the country code ARM).
     */
    public static List<String> seriesChain(UnSymbol symbol) {
        List<String> chain = new ArrayList<>();
        String series = symbol.organ();
        chain.add(series);
        if (symbol.body() == null) {
            return chain;
        }
        for (String segment : symbol.body().split("/")) {
            String next = series + "/" + segment;
            boolean treatyCommittee = segment.equals("C") && chain.size() == 1;
            if (!BY_SERIES.containsKey(next) && !STRUCTURAL_BODY.matcher(segment).matches() && !treatyCommittee) {
                break;
            }
            chain.add(next);
            series = next;
        }
        return chain;
    }

    /** The series of the body that issues the document: the deepest element of {@link #seriesChain}. */
    public static String issuerSeries(UnSymbol symbol) {
        List<String> chain = seriesChain(symbol);
        return chain.get(chain.size() - 1);
    }

    /** The nearest listed organ for a symbol: its issuing body if listed, else the closest listed ancestor. */
    public static Optional<UnOrgan> issuer(UnSymbol symbol) {
        List<String> chain = seriesChain(symbol);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<UnOrgan> o = lookup(chain.get(i));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** The series whose sessions a symbol's session belongs to: GA Main Committees meet in GA sessions. */
    static String sessionSeries(UnSymbol symbol) {
        String issuer = issuerSeries(symbol);
        return MAIN_COMMITTEE.matcher(issuer).matches() ? "A" : issuer;
    }
}

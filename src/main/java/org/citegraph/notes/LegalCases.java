package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.CitationType;

/**
 * Court decisions: US reporters ("Brown v. Board of Education, 347 U.S. 483, 495 (1954)"),
 * OSCOLA neutral and law-report citations ("R v Smith [2004] UKHL 56, [12]",
 * "Donoghue v Stevenson [1932] AC 562 (HL) 580") and international courts ("… (Nicaragua v.
 * United States of America), Merits, Judgment, I.C.J. Reports 1986, p. 14, para. 12").
 * The case name is the title, the report series the container; the first page is the item's
 * pages and later locators the pinpoint.
 */
final class LegalCases {

    private LegalCases() {
    }

    private static final String[] REPORTS = {
        "i.c.j. reports", "icj reports", "icj rep", "i.c.j.", "ecr ", "e.c.r.", "ehrr", "e.h.r.r.", "echr",
        "app. no.", "app no", "application no", "case no.", "p.c.i.j.", "pcij", "ilr ", "i.l.r.", "ukhl", "uksc",
        "ewca", "ewhc", "s. ct.", "f.3d", "f.2d", "f. supp", "l. ed.", "u.s. ", "riaa", "r.i.a.a.",
        "reports of international arbitral awards", // the series written out: "Reports of International Arbitral Awards, vol. I"
        "(ser. ", "ct. h.r.", // regional courts' series: "Inter-Am. Ct. H.R. (ser. A) No. 27"
    };

    static boolean parse(String t, Draft d) {
        if (t.indexOf("] ") > 0 && foreignDecision(t, d)) return true;
        t = withoutLeadingOpinion(t);
        t = withoutLeadingCourt(t);
        // "Case T-201/19, Halvard v. Council, ECLI:…": the EU courts' case number comes before the name
        if (t.startsWith("Case ") || t.startsWith("Joined Cases ")) {
            int comma = t.indexOf(", ");
            if (comma > 0 && comma < 40 && t.lastIndexOf('/', comma) > 0) t = t.substring(comma + 2);
            else {
                // OSCOLA writes no comma: "Case C-402/05 P Kadi v Council [2008] ECR I-6351"
                java.util.regex.Matcher m = EU_CASE_NUMBER.matcher(t);
                if (m.lookingAt()) t = t.substring(m.end());
            }
        }
        // every case name has "v" between the parties, or opens with "In re", "Re", "Ex parte";
        // international decisions are named by their subject: "Frontier Dispute (Burk. Faso/Mali), Judgment"
        int decision = internationalDecision(t);
        if (decision > 0 && isCaseName(t.substring(0, nameEnd(t)).strip())) decision = -1; // "Prosecutor v. X, Case No. …, Judgment"
        // "The Paquete Habana, 175 U.S. 677": a case in rem is named without "v.", the reporter says it is one
        boolean reported = decision < 0 && reportedWithoutParties(t);
        if (decision < 0 && !reported) decision = nameBeforeEcli(t); // "Opinion 3/18, ECLI:EU:C:2019:402, ¶ 112"
        if (decision < 0 && !reported) decision = nameBeforeTribunalNumber(t); // "Situation in …, ICC-03/19-45, Decision …"
        if (decision < 0 && !reported && t.indexOf(" v") < 0 && !t.startsWith("In re ") && !t.startsWith("Re ")
                && !t.startsWith("Ex parte ")) {
            return false;
        }
        int nameEnd = decision > 0 ? decision : nameEnd(t);
        if (nameEnd <= 0) return false;
        String name = t.substring(0, nameEnd).strip();
        if (decision < 0 && !reported && !isCaseName(name) && !hasReport(t)) return false;
        if (name.startsWith("\u2018") || name.startsWith("\u201C")) return false; // a quoted article title
        if (decision < 0 && !reported && !isCaseName(name)) return false;
        d.type = CitationType.LEGAL_CASE;
        d.fields.title(withoutCaseNumber(withoutDecisionInBrackets(name)));
        String rest = withoutLaterHistory(t.substring(nameEnd).strip());
        while (rest.startsWith(",")) rest = rest.substring(1).strip();
        // "(2024) ICJ Reports 2024, p. 301": the year a Harvard list puts before the report, which gives it again
        if (PARENTHESISED_REPORT.matcher(" " + rest).lookingAt()) {
            d.fields.year(rest.substring(1, 5));
            rest = rest.substring(6).strip();
        }
        List<String> pins = new ArrayList<>();
        Scan scan = Scan.of(rest);
        boolean first = true;
        List<String> parts = scan.splitTopCommas(0, rest.length());
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            // "Judgment of June 12, 2008": the date of the decision, its comma cutting it in two
            if (endsWithMonthDay(part) && i + 1 < parts.size() && Parts.yearWithSuffix(parts.get(i + 1).strip()) != null) {
                part = part + ", " + parts.get(++i).strip();
            }
            if (decisionDate(part, d)) continue;
            // "…, p. 161, Separate Opinion of Judge Simma, p. 327" (the cheap test first: most parts name no judge)
            if (part.indexOf(" of Judge") > 0 && OPINION.matcher(part.strip()).matches()) continue;
            String ecliYear = ecliYear(part.strip());
            if (ecliYear != null) {
                if (d.fields.year() == null) d.fields.year(ecliYear); // "EU:C:2008:461", "ECLI:NL:HR:2019:2007"
                continue;
            }
            // "Award, 8 July 2016", "Judgment, July 7, 2011": the decision's date as a part of its own
            Dates.Parsed date = d.fields.date() == null ? Dates.whole(part.strip()) : null;
            if (date != null && date.iso() != null) {
                d.fields.date(date.iso());
                if (d.fields.year() == null) d.fields.year(date.year());
                continue;
            }
            // "No. 23-5061, slip op. at 6 (D.C. Cir. Jan. 9, 2024)": an unreported opinion's own page
            Matcher slip = SLIP_OPINION.matcher(part.strip());
            if (slip.lookingAt()) {
                pins.add(slip.group("page"));
                part = part.strip().substring(slip.end());
                if (part.isBlank()) continue;
            }
            first = readPart(part, d, pins, first);
        }
        if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
        return true;
    }

    private static final java.util.regex.Pattern TRAILING_CASE_NUMBER = java.util.regex.Pattern.compile(
            ", (?:(?:ITLOS|PCA|ICSID) )?Case [Nn]o\\.? ?[\\w/-]{1,16}$");

    /** "Dispute Concerning … (A/B), Case No. 29": ITLOS numbers its cases after their names; the number is no part of the name. */
    private static String withoutCaseNumber(String name) {
        if (name.indexOf("ase") < 0) return name;
        java.util.regex.Matcher m = TRAILING_CASE_NUMBER.matcher(name);
        return m.find() && m.start() > 10 ? name.substring(0, m.start()) : name;
    }

    /** "Separate Opinion of Judge Simma", "Joint Dissenting Opinion of Judges A and B", "Declaration of Judge ad hoc X". */
    private static final java.util.regex.Pattern OPINION = java.util.regex.Pattern.compile(
            "(?:Joint )?(?:(?:Separate|Dissenting|Concurring|Individual) Opinion|Declaration) of Judges? [^,()]{2,60}",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Judge Simma, separate opinion, ", as a judge's opinion is written before the case's name. */
    private static final java.util.regex.Pattern JUDGE_FIRST = java.util.regex.Pattern.compile(
            "Judges? [^,()]{2,60}, (?:joint )?(?:(?:separate|dissenting|concurring|individual) opinion|declaration)");

    /**
     * "Separate Opinion of Judge Simma, Oil Platforms (…), Judgment, …": a judge's opinion named before the
     * case; the case is the work, the opinion no part of its name.
     */
    private static String withoutLeadingOpinion(String t) {
        if (!(t.startsWith("Judge") || t.startsWith("Separate") || t.startsWith("Dissenting") || t.startsWith("Joint")
                || t.startsWith("Declaration") || t.startsWith("Concurring") || t.startsWith("Individual"))) return t;
        int comma = t.indexOf(", ");
        if (comma < 0) return t;
        if (OPINION.matcher(t.substring(0, comma)).matches()) return t.substring(comma + 2);
        java.util.regex.Matcher m = JUDGE_FIRST.matcher(t);
        return m.lookingAt() && t.startsWith(", ", m.end()) ? t.substring(m.end() + 2) : t;
    }

    private static final java.util.regex.Pattern VOLUME_OF_SERIES = java.util.regex.Pattern.compile(
            "(?<volume>\\d{1,4}) (?<series>\\p{Lu}[^()]*? \\(ser\\. [A-Z]\\))(?<rest>(?! No\\.).*)");

    private static final java.util.regex.Pattern ECLI = java.util.regex.Pattern.compile(
            "(?:ECLI:)?[A-Z]{2}:[A-Z0-9.]{1,7}:(?<year>(?:19|20)\\d{2}):[A-Za-z0-9.]{1,25}");

    /** The year of a European Case Law Identifier ("ECLI:EU:C:2008:461", "EU:C:2008:461"), else null. */
    private static String ecliYear(String part) {
        if (part.length() < 12 || part.indexOf(':') < 0) return null;
        java.util.regex.Matcher m = ECLI.matcher(part);
        return m.matches() ? m.group("year") : null;
    }

    private static final java.util.regex.Pattern EU_CASE_NUMBER = java.util.regex.Pattern.compile(
            "(?:Joined )?Cases? [A-Z]-\\d+/\\d+(?: P)?(?: and [A-Z]-\\d+/\\d+(?: P)?)? (?=\\p{Lu})");

    private static final String[] DECISIONS = {"Judgment", "Advisory Opinion", "Order", "Merits", "Preliminary Objections",
        "Provisional Measures", "Jurisdiction and Admissibility", "Award",
        // the phase of a case decided in stages: "Nottebohm (…), Second Phase, Judgment, I.C.J. Reports 1955"
        "Second Phase", "First Phase", "Jurisdiction of the Court", "Compensation", "Reparations", "Preliminary Question",
        // a tribunal's awards in stages: "(Velland's Claim No. 7), Partial Award of 3 March 2019, RIAA, vol. …"
        "Partial Award", "Final Award", "Interim Award"};

    /** "Judgment", "Advisory Opinion", "Judgement": what a court's decision is called, never a person's name. */
    static boolean namesDecisionKind(String s) {
        if (s.equals("Judgement")) return true;
        for (String w : DECISIONS) if (s.equals(w)) return true;
        return false;
    }

    /**
     * "Frontier Dispute (Burk. Faso/Mali), Judgment, 1986 I.C.J. 554": where the name of an
     * international decision ends (before ", Judgment" and kin, with a law report after), or -1.
     */
    private static int internationalDecision(String t) {
        int best = -1;
        for (String w : DECISIONS) {
            int k = t.indexOf(", " + w);
            if (k <= 0 || best >= 0 && k >= best) continue;
            int e = k + 2 + w.length();
            if (e < t.length() && t.charAt(e) != ',' && t.charAt(e) != ' ') continue;
            best = k;
        }
        if (best < 0) best = bracketedReportYear(t);
        if (best < 0 || !hasReport(t)) return -1; // the cheap test first: most citations name no decision
        String name = t.substring(0, best);
        if (!Character.isUpperCase(name.charAt(0)) || Scan.isOpeningQuote(name.charAt(0)) || name.length() > 250) return -1;
        return Scan.of(name).balanced() ? best : -1;
    }

    /** International courts that EJIL's house style names before a case: "ECtHR, Al-Skeini v. United Kingdom, …". */
    private static final String[] COURTS_BEFORE_CASE = {"ECtHR, ", "ECHR, ", "IACtHR, ", "ICTY, ", "ICTR, ", "ICC, ",
        "CJEU, ", "ECJ, ", "ITLOS, ", "PCA, ", "ICJ, "};

    /** The case without the court named before it, when parties follow ("ECtHR, A v. B" → "A v. B"). */
    private static String withoutLeadingCourt(String t) {
        if (t.length() < 10 || !Character.isUpperCase(t.charAt(0))) return t;
        for (String court : COURTS_BEFORE_CASE) {
            if (!t.startsWith(court)) continue;
            String rest = t.substring(court.length());
            int comma = rest.indexOf(", ");
            String name = comma > 0 ? rest.substring(0, comma) : rest;
            return isCaseName(name) ? rest : t;
        }
        return t;
    }

    private static final Pattern SLIP_OPINION = Pattern.compile("slip op\\. at (?<page>\\*?\\d+(?:[-–]\\d+)?)");

    /** The case numbers of the international criminal tribunals: "ICC-03/19-45", "IT-94-1-A", "ICTR-96-4-T". */
    private static final Pattern TRIBUNAL_NUMBER = Pattern.compile(", (?:ICC|IT|ICTR|MICT|STL)-\\d{2}");

    /**
     * "Situation in the Republic of Tavaria, ICC-03/19-45, Decision …": an international criminal tribunal's
     * record number names a decision, whatever its name looks like; where the name before it ends, or -1.
     */
    private static int nameBeforeTribunalNumber(String t) {
        int dash = t.indexOf('-');
        if (dash < 0 || !Character.isUpperCase(t.charAt(0)) || Scan.isOpeningQuote(t.charAt(0))) return -1;
        Matcher m = TRIBUNAL_NUMBER.matcher(t);
        if (!m.find() || m.start() > 200) return -1;
        int k = m.start();
        String name = t.substring(0, k);
        if (name.contains(" v. ") || name.contains(" v ")) return -1; // "Prosecutor v. X": named by its parties, read so
        // "Situation in the Republic of X, Decision on …, ICC-02/21-34": the ICC's situations are named before the decision
        int first = t.indexOf(", ");
        if ((t.startsWith("Situation in ") || t.startsWith("Situation on ") || t.startsWith("Situation concerning "))
                && first > 0 && first + 2 < k && Scan.of(t.substring(0, first)).balanced()) {
            return first;
        }
        return Scan.of(name).balanced() && t.lastIndexOf(", ", k - 1) < 0 ? k : -1;
    }

    /**
     * "Opinion 3/18, ECLI:EU:C:2019:402": a European Case Law Identifier names a decision, whatever its
     * name looks like; where the name before it ends, or -1.
     */
    private static int nameBeforeEcli(String t) {
        int k = t.indexOf(", ECLI:");
        if (k <= 0 || k > 200 || !Character.isUpperCase(t.charAt(0)) || Scan.isOpeningQuote(t.charAt(0))) return -1;
        return Scan.of(t.substring(0, k)).balanced() && t.lastIndexOf(", ", k - 1) < 0 ? k : -1;
    }

    /** OSCOLA's international report: "[1986] ICJ Rep 554", "[2004] ICJ Reports 136". */
    private static final java.util.regex.Pattern BRACKETED_REPORT = java.util.regex.Pattern.compile(
            " \\[(?:1[89]|20)\\d\\d\\] (?:ICJ Rep|I\\.C\\.J\\. Rep|PCIJ|ITLOS Rep)");

    /**
     * "Frontier Dispute (Burkina Faso/Mali) (Judgment) [1986] ICJ Rep 554": OSCOLA writes no comma
     * between an international decision's name and its report; the name ends before the bracketed year.
     */
    private static int bracketedReportYear(String t) {
        if (t.indexOf(" Rep") < 0 && t.indexOf("PCIJ") < 0) return -1; // both patterns end in a report's name
        int k = t.indexOf(" [");
        if (k > 0) {
            java.util.regex.Matcher m = BRACKETED_REPORT.matcher(t);
            if (m.find(k)) return m.start();
        }
        // "Title (Advisory Opinion) (2024) ICJ Reports 2024, p. 301": a Harvard list brackets the year
        k = t.indexOf(") (");
        if (k <= 0) return -1;
        java.util.regex.Matcher m = PARENTHESISED_REPORT.matcher(t);
        return m.find(k) ? m.start() : -1;
    }

    private static final java.util.regex.Pattern PARENTHESISED_REPORT = java.util.regex.Pattern.compile(
            " \\((?:1[89]|20)\\d\\d\\) (?:ICJ Rep|I\\.C\\.J\\. Rep|PCIJ|ITLOS Rep)");

    /**
     * Bluebook's foreign decision cited by its court (rule 20.3): "Bundesgerichtshof [BGH] [Federal Court of Justice]
     * Oct. 8, 2020, I ZB 13/20, ¶ 21 (Ger.)": the court in its language with its abbreviation and translation in
     * square brackets, perhaps its seat and chamber, then the date, the docket number and the pinpoint. No party is
     * named, so the case has no title.
     */
    private static final java.util.regex.Pattern FOREIGN_DECISION = java.util.regex.Pattern.compile(
            "(?<court>\\p{Lu}[^,\\[\\]]{2,60}(?: \\[[^\\[\\]0-9]{1,60}\\]){1,2}),? (?<rest>.+)");

    private static boolean foreignDecision(String t, Draft d) {
        java.util.regex.Matcher m = FOREIGN_DECISION.matcher(t);
        if (!m.matches() || m.group("court").contains(" v")) return false; // parties named: a case of the usual kind
        List<String> parts = CitationParser.joinUsDates(Scan.of(m.group("rest")).splitTopCommas(0, m.group("rest").length()));
        // the court's seat and chamber may come before the date: "Paris, 1e ch., Apr. 16, 2019"
        int dated = 0;
        Dates.Parsed date = null;
        for (; dated < parts.size() && dated < 3 && date == null; dated++) {
            date = Dates.whole(parts.get(dated).strip());
            if (date != null && date.iso() == null) date = null;
        }
        if (date == null) return false;
        d.type = CitationType.LEGAL_CASE;
        d.fields.date(date.iso()).year(date.year());
        List<String> pins = new ArrayList<>();
        for (String part : parts.subList(dated, parts.size())) {
            Parts.Split sp = Parts.split(part.strip()); // "¶ 21 (Ger.)": the country in brackets closes the citation
            Parts.Locator loc = sp.head().isEmpty() ? null : Parts.locator(sp.head(), false);
            if (loc != null) pins.add(loc.value());
        }
        if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
        return true;
    }

    /** "11 U.S. (7 Cranch) 116": an early volume of the United States Reports, with its reporter's own volume in brackets. */
    private static final java.util.regex.Pattern NOMINATIVE_REPORTER = java.util.regex.Pattern.compile(
            "(\\d{1,4} U\\.S\\.) \\(\\d{1,3} \\p{Lu}[\\p{L}.]*\\) (\\d.*)");

    /**
     * OSCOLA's "Armed Activities (DRC v Uganda) (Judgment) [2005] ICJ Rep 168": the kind of decision in brackets
     * after the name says what was decided, as ", Judgment," does in other styles; it is no part of the name.
     */
    private static String withoutDecisionInBrackets(String name) {
        while (name.endsWith(")")) {
            int open = name.lastIndexOf(" (");
            if (open <= 0) return name;
            String inner = name.substring(open + 2, name.length() - 1);
            boolean decision = false;
            for (String w : DECISIONS) if (inner.startsWith(w)) decision = true;
            if (!decision) return name;
            name = name.substring(0, open).strip();
        }
        return name;
    }

    /** ", 175 U.S. 677", ", 5 F.4th 12": a volume of a United States court reporter and its first page. */
    private static final java.util.regex.Pattern US_REPORTER = java.util.regex.Pattern.compile(
            ", \\d{1,4} (?:U\\.S\\.|S\\. ?Ct\\.|L\\. ?Ed\\.(?: 2d)?|F\\.(?: ?Supp\\.)?(?: ?[234]d| ?4th)?) \\d");

    /** A short capitalised name, no comma in it, then a United States reporter: a case named without parties. */
    private static boolean reportedWithoutParties(String t) {
        if (t.indexOf(" U.S. ") < 0 && t.indexOf(" F.") < 0 && t.indexOf(" S. Ct.") < 0 && t.indexOf(" S.Ct.") < 0) return false;
        int comma = t.indexOf(", ");
        if (comma < 4 || comma > 80 || !Character.isUpperCase(t.charAt(0)) || Scan.isOpeningQuote(t.charAt(0))) return false;
        // "… Maintained by Harbor Soft Corp., 901 F.3d 12": a company's name is no thing a case in rem is named by, but the
        // end of a longer caption ("In re Subpoena to … by Harbor Soft Corp.")
        for (String suffix : CORPORATE_SUFFIXES) {
            int at = comma - suffix.length();
            if (at > 0 && t.charAt(at - 1) == ' ' && t.startsWith(suffix, at)) return false;
        }
        java.util.regex.Matcher m = US_REPORTER.matcher(t);
        return m.find(comma) && m.start() == comma;
    }

    private static boolean endsWithMonthDay(String part) {
        String p = part.strip();
        int last = p.lastIndexOf(' ');
        int before = last > 0 ? p.lastIndexOf(' ', last - 1) : -1;
        return last > 0 && Tail.monthDay(p.substring(before + 1));
    }

    private static final java.util.regex.Pattern NUMBERED_DECISION = java.util.regex.Pattern.compile(
            "(?:Decision|Award|Interlocutory Award|Partial Award|Final Award|Order) No\\. [\\w/.-]{1,16} of ");

    /** "Judgment of 12 June 2008", "Order of June 12, 2008": the decision's full date. */
    private static boolean decisionDate(String part, Draft d) {
        String p = part.strip();
        boolean decision = false;
        // "judgment of 14 June 2023": in lower case inside a sentence-case list entry too
        for (String w : DECISIONS) if (p.startsWith(w + " of ") || p.startsWith(w.toLowerCase(Locale.ROOT) + " of ")) decision = true;
        // "Decision No. 41 of October 3, 1957", "Award No. 12 of 3 May 1988": a claims commission's numbered decision
        if (!decision && NUMBERED_DECISION.matcher(p).lookingAt()) decision = true;
        if (!decision) return false;
        Dates.Parsed date = Dates.find(p, 0);
        if (date == null || date.iso() == null) return false;
        d.fields.date(date.iso());
        if (d.fields.year() == null) d.fields.year(date.year());
        return true;
    }

    /** Cuts the subsequent history: ", aff'd, 801 F.3d 88 (2d Cir. 2015)" is another decision. */
    private static String withoutLaterHistory(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int cut = rest.length();
        for (String m : new String[] {", aff'd", ", rev'd", ", cert. denied", ", cert. granted", ", vacated", ", aff'g",
            ", rev'g", ", overruled by", ", abrogated by", ", superseded by",
            // a pending appeal and its docket: "…, appeal docketed, No. 23-7156 (D.C. Cir. Dec. 4, 2023)"
            ", appeal docketed", ", appeal filed", ", appeal pending", ", appeal dismissed", ", petition for cert. filed",
            ", reh'g denied", ", reh'g en banc denied"}) {
            int k = lower.indexOf(m);
            if (k >= 0 && k < cut) cut = k;
        }
        return rest.substring(0, cut);
    }

    /** Where the case name ends: at a top-level comma, a "[year]", or a "(year)". */
    private static int nameEnd(String t) {
        Scan scan = Scan.of(t);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' && scan.top(i) && !corporateSuffixAfter(t, i)) return i;
            if (c == '[' && i > 0 && t.charAt(i - 1) == ' ') return i;
            if (c == '(' && i > 0 && scan.top(i)) {
                int close = t.indexOf(')', i);
                if (close > i && close - i <= 40) {
                    String inner = t.substring(i + 1, close);
                    if (endsWithYear(inner)) return i;
                }
            }
        }
        return t.length();
    }

    private static final String[] CORPORATE_SUFFIXES = {"Inc.", "PLC", "plc", "Ltd.", "Ltd", "LLC", "L.L.C.", "Co.", "Corp.",
        "S.A.", "N.V.", "AG", "GmbH", "L.P.", "LLP", "B.V.", "S.p.A.", "N.A."};

    /** "Jesner v. Arab Bank, PLC, 138 S. Ct. 1386": the comma before a company's legal form is inside the name. */
    private static boolean corporateSuffixAfter(String t, int comma) {
        int s = comma + 1;
        if (s >= t.length() || t.charAt(s) != ' ') return false;
        for (String suffix : CORPORATE_SUFFIXES) {
            if (!t.startsWith(suffix, s + 1)) continue;
            int e = s + 1 + suffix.length();
            if (e == t.length() || t.charAt(e) == ',' || t.charAt(e) == ' ' || t.charAt(e) == ')') return true;
        }
        return false;
    }

    static boolean isCaseName(String name) {
        if (name.length() > 300) return false;
        if (name.startsWith("In re ") || name.startsWith("Re ") || name.startsWith("Ex parte ")) return true;
        int v = name.indexOf(" v. ");
        if (v < 0) v = name.indexOf(" v ");
        if (v <= 0) return false;
        String left = name.substring(0, v).strip();
        String right = name.substring(v + 3).strip();
        if (right.startsWith(". ")) right = right.substring(2);
        if (right.startsWith(".")) right = right.substring(1).strip();
        if (right.startsWith("the ")) right = right.substring(4); // "Al-Skeini and Others v. the United Kingdom"
        int open = left.lastIndexOf('(');
        if (open >= 0) left = left.substring(open + 1);
        left = withoutLowerCaseCompanyForm(left);
        return !left.isEmpty() && !right.isEmpty() && Character.isUpperCase(lastWordStart(left))
                && Character.isUpperCase(right.charAt(0));
    }

    /** "Verdant Energy S.à r.l.", "Oceanic Trading sp. z o.o.": a company's legal form, written in lower case, dropped. */
    private static String withoutLowerCaseCompanyForm(String party) {
        String s = party;
        for (int k = s.lastIndexOf(' '); k > 0 && Character.isLowerCase(s.charAt(k + 1))
                && (s.indexOf('.', k) > 0 || s.length() - k <= 3); k = s.lastIndexOf(' ')) {
            s = s.substring(0, k);
        }
        return s;
    }

    private static char lastWordStart(String s) {
        int k = s.lastIndexOf(' ');
        return s.charAt(k + 1);
    }

    private static boolean hasReport(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        for (String r : REPORTS) if (l.contains(r)) return true;
        return false;
    }

    private static boolean endsWithYear(String s) {
        String x = s.strip();
        return x.length() >= 4 && Pages.allDigits(x.substring(x.length() - 4));
    }

    /**
     * Series of arbitral awards and law reports cited by volume: "RIAA, vol. XXVII, p. 35", or with the series
     * written out, "Reports of International Arbitral Awards, vol. III, p. 1645".
     */
    private static final java.util.Set<String> AWARD_SERIES = java.util.Set.of("RIAA", "UNRIAA", "R.I.A.A.", "U.N.R.I.A.A.", "ILR",
            "I.L.R.", "ECR", "E.C.R.", "Reports of International Arbitral Awards", "United Nations Reports of International Arbitral Awards",
            "UN Reports of International Arbitral Awards");

    /**
     * "ITLOS Reports 2017", "ICSID Reports 2004": a court's or tribunal's yearly reports, named by a
     * short capitalised name; the first page follows.
     */
    private static boolean courtReportsOfYear(String p) {
        int sp = p.lastIndexOf(' ');
        if (sp <= 0 || p.length() - sp != 5 || !Pages.allDigits(p.substring(sp + 1))) return false;
        String name = p.substring(0, sp);
        if (!name.endsWith(" Reports") || name.length() > 30) return false;
        for (String w : name.substring(0, name.length() - 8).split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    /** Reads one comma part of what follows the case name; returns whether the first page is still to come. */
    private static boolean readPart(String part, Draft d, List<String> pins, boolean firstPageDue) {
        String p = part.strip();
        // "11 U.S. (7 Cranch) 116 (1812)": the early reporter's own volume, in brackets, is no part of the citation
        if (p.indexOf(" U.S. (") > 0) {
            java.util.regex.Matcher m = NOMINATIVE_REPORTER.matcher(p);
            if (m.matches()) p = m.group(1) + " " + m.group(2);
        }
        var f = d.fields;
        // "[2004] UKHL 56", "[1932] AC 562 (HL) 580", "[2005] 1 AC 123 [12]"
        if (p.startsWith("[") && p.length() >= 6 && Pages.allDigits(p.substring(1, 5)) && p.charAt(5) == ']') {
            if (f.year() == null) f.year(p.substring(1, 5));
            if (f.container() != null) {
                // a parallel citation: only its closing paragraph pinpoint counts
                String rest = p.substring(6).strip();
                int b = rest.lastIndexOf(" [");
                if (b > 0 && rest.endsWith("]")) pins.add(rest.substring(b + 1));
                return firstPageDue;
            }
            return report(p.substring(6).strip(), d, pins, firstPageDue);
        }
        // "(2002) 34 EHRR 11", "(1999) 120 ILR 1": the year in round brackets, then volume, report and first page
        if (p.length() >= 10 && p.charAt(0) == '(' && p.charAt(5) == ')' && Pages.allDigits(p.substring(1, 5)) && f.container() == null) {
            String rest = p.substring(6).strip();
            int sp = rest.indexOf(' ');
            if (sp > 0 && Pages.allDigits(rest.substring(0, sp)) && Character.isLetter(rest.charAt(sp + 1))) {
                if (f.year() == null) f.year(p.substring(1, 5));
                return report(rest, d, pins, firstPageDue);
            }
        }
        // "ECHR 2019", "ECHR 2001-XI": the Strasbourg Court's own reports by year (and volume); the year is the case's
        if (p.startsWith("ECHR ") && p.length() >= 9 && Pages.allDigits(p.substring(5, 9)) && (p.length() == 9 || p.charAt(9) == '-')) {
            if (f.year() == null) f.year(p.substring(5, 9));
            return firstPageDue;
        }
        // "I.C.J. Reports 1986", "ICJ Rep 14"
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("i.c.j. reports") || lower.startsWith("icj reports") || lower.startsWith("p.c.i.j.")
                || f.container() == null && courtReportsOfYear(p)) {
            int sp = p.lastIndexOf(' ');
            String y = p.substring(sp + 1);
            if (Pages.allDigits(y) && y.length() == 4) {
                f.container(p.substring(0, sp).strip()).year(y);
                return firstPageDue;
            }
        }
        // "RIAA, vol. XXVII, pp. 35–125": an award in a series of volumes, its pages, then the pinpoint
        if (f.container() == null && firstPageDue && AWARD_SERIES.contains(p)) {
            f.container(p);
            return true;
        }
        if (f.container() != null && f.volume() == null && lower.startsWith("vol. ") && p.length() <= 14) {
            f.volume(p.substring(5).strip());
            return firstPageDue;
        }
        // "161 Eur. Ct. H.R. (ser. A) ¶ 88 (1989)": a volume of a court's series, then the paragraph and the year
        java.util.regex.Matcher volumeOfSeries = f.container() == null && p.indexOf(" (ser. ") > 0 ? VOLUME_OF_SERIES.matcher(p) : null;
        if (volumeOfSeries != null && volumeOfSeries.matches()) {
            f.volume(volumeOfSeries.group("volume")).container(volumeOfSeries.group("series"));
            String after = volumeOfSeries.group("rest").strip();
            Parts.Split sp = Parts.split(after);
            Parts.Locator loc = sp.head().isEmpty() ? null : Parts.locator(sp.head(), true);
            if (loc != null) pins.add(loc.value());
            yearFromParens(after, d);
            return false;
        }
        // "Inter-Am. Ct. H.R. (ser. C) No. 412": a court's series of judgments and the judgment's number
        int series = f.container() == null ? p.indexOf(" (ser. ") : -1;
        if (series > 0 && p.indexOf(") No. ", series) > 0 && !lower.contains("pcij") && !lower.contains("p.c.i.j.")) {
            int no = p.indexOf(") No. ", series);
            f.container(p.substring(0, no + 1).strip());
            seriesNumber(p.substring(no + 6), d);
            yearFromParens(p.substring(no + 6), d); // "No. 318 (March 14, 2016)"
            return false; // a page after the number is the one cited
        }
        // the Permanent Court's series: "PCIJ Series A, No. 10", "1928 P.C.I.J. (ser. A) No. 17, at 47"
        int pcij = f.container() == null ? lower.indexOf("pcij") : -1;
        if (pcij < 0 && f.container() == null) pcij = lower.indexOf("p.c.i.j.");
        if (pcij >= 0) {
            String before = p.substring(0, pcij).strip();
            if (before.length() == 4 && Pages.allDigits(before)) f.year(before);
            int no = lower.indexOf("no. ", pcij);
            f.container(p.substring(pcij, no > 0 ? no : p.length()).strip());
            if (no > 0) seriesNumber(p.substring(no + 4), d);
            yearFromParens(p, d);
            return false; // a page after the number is the one cited
        }
        if (lower.startsWith("no. ") && f.container() != null && f.issue() == null && f.pages() == null) {
            seriesNumber(p.substring(4), d); // "PCIJ Series A, No. 10, 18"
            return false;
        }
        // "…, Judgment No. 9, 1927, PCIJ …": the year standing alone before the series
        if (f.container() == null && f.year() == null && p.length() == 4 && Pages.allDigits(p) && Dates.isYear(Integer.parseInt(p))) {
            f.year(p);
            return firstPageDue;
        }
        String[] bb = Tail.bluebookJournal(p);
        if (bb != null && f.container() == null) {
            // "1986 I.C.J. 14": reports numbered by year carry the year where a volume would stand
            if (bb[0].length() == 4 && Dates.isYear(Integer.parseInt(bb[0]))) f.year(bb[0]);
            else f.volume(bb[0]);
            f.container(bb[1]).pages(bb[2]);
            yearFromParens(p, d);
            return false;
        }
        Parts.Split sp = Parts.split(p);
        Parts.Locator loc = Parts.locator(sp.head(), true);
        int mark = loc == null ? sp.head().indexOf(" \u00B6") : -1;
        if (mark > 0 && f.container() == null && !Parts.containsDigit(sp.head().substring(0, mark))) {
            // "App. No. 35763/97, Eur. Ct. H.R. ¶ 61 (Nov. 21, 2001)": the court, then the paragraph cited
            Parts.Locator para = Parts.locator(sp.head().substring(mark + 1), false);
            if (para != null) {
                f.container(sp.head().substring(0, mark).strip());
                pins.add(para.value());
                yearFromParens(p, d);
                return false;
            }
        }
        if (loc != null) {
            if (firstPageDue && f.container() != null && f.pages() == null && !loc.kind().equals("para")) {
                f.pages(loc.value());
                firstPageDue = false;
            } else {
                pins.add(loc.value());
            }
        }
        yearFromParens(p, d);
        return firstPageDue;
    }

    /** "UKHL 56", "AC 562 (HL) 580", "1 AC 123 [12]": volume, report, first page, pinpoint. */
    private static boolean report(String s, Draft d, List<String> pins, boolean firstPageDue) {
        String[] tokens = s.split(" ");
        int i = 0;
        var f = d.fields;
        if (i < tokens.length && Pages.allDigits(tokens[i]) && i + 1 < tokens.length && !Pages.allDigits(tokens[i + 1])) {
            f.volume(tokens[i]);
            i++;
        }
        StringBuilder container = new StringBuilder();
        while (i < tokens.length && !Pages.allDigits(tokens[i]) && !seriesPage(tokens[i])) {
            if (container.length() > 0) container.append(' ');
            container.append(tokens[i]);
            i++;
        }
        if (container.length() > 0 && f.container() == null) f.container(container.toString());
        boolean due = firstPageDue;
        for (; i < tokens.length; i++) {
            String tok = tokens[i];
            if (tok.startsWith("(")) continue; // the court: "(HL)"
            if (seriesPage(tok) && due) {
                f.pages(tok); // "ECR I-6351": the page in the reports' first part
                due = false;
            } else if (Pages.allDigits(tok) && due) {
                f.pages(tok);
                due = false;
            } else if (Pages.allDigits(tok) || tok.startsWith("[")) {
                pins.add(tok);
            }
        }
        return due;
    }

    /** "I-6351", "II-123": a page of the European Court Reports, numbered within its part. */
    private static boolean seriesPage(String tok) {
        int dash = tok.indexOf('-');
        return dash > 0 && dash < tok.length() - 1 && Pages.isRoman(tok.substring(0, dash)) && Pages.allDigits(tok.substring(dash + 1))
                && tok.substring(0, dash).equals(tok.substring(0, dash).toUpperCase(Locale.ROOT));
    }

    /** The number of a judgment in a series, the digits at the start of {@code s}. */
    private static void seriesNumber(String s, Draft d) {
        int e = 0;
        while (e < s.length() && Character.isDigit(s.charAt(e))) e++;
        if (e > 0) d.fields.issue(s.substring(0, e));
    }

    private static void yearFromParens(String p, Draft d) {
        Parts.Split split = Parts.split(p);
        for (String c : split.parens()) {
            String iso = Tail.monthDay(c) ? Dates.dayMonth(c, d.fields.year()) : null;
            if (iso != null) {
                d.fields.date(iso); // "1986 I.C.J. 554, ¶ 20 (Dec. 22)": the day of a year-numbered report
                continue;
            }
            Dates.Parsed date = Dates.find(c, 0);
            if (date != null) {
                if (date.iso() != null) d.fields.date(date.iso());
                d.fields.year(date.year());
            }
        }
        // "(2023) Hu 0104 Min Chu No. 1234 (Shanghai Dist. Ct. Nov. 3, 2023)": a docket number that opens with its year
        // in brackets; the court's parenthesis after it dates the decision
        if (split.head().isEmpty() && split.after().indexOf('(') > 0) yearFromParens(split.after(), d);
    }
}

package org.citegraph.un;

import java.util.Objects;

/**
 * A meeting whose verbatim (PV) or summary (SR) record a symbol names. {@code series} is the meeting
 * body's series (A, S, A/C.4, E); {@code session} the session or, for year-numbered series, the year
 * as printed in the symbol, null where meetings are numbered across sessions (S/PV.7796, A/PV.1976);
 * {@code resumption} the resumed part, from "(ResumptionN)".
 */
public record UnMeeting(String series, String session, int number, Integer resumption) {

    public UnMeeting {
        Objects.requireNonNull(series, "series");
    }

    /** The meeting's path key (design note §3.6): "A/48/6", "S/7796", "A/C.4/66/10". */
    public String key() {
        return series + (session == null ? "" : "/" + session) + "/" + number;
    }
}

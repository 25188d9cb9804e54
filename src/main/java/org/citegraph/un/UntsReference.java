package org.citegraph.un;

/**
 * A place in the United Nations Treaty Series: volume, pages, the volume's year when cited
 * ("United Nations Treaty Series, 2632 (2009), pp. 29–50" or "2632 UNTS 29"), and the treaty's
 * registration number when cited ("No. 46886"). Absent parts are null.
 */
public record UntsReference(int volume, Integer firstPage, Integer lastPage, Integer year, String registrationNumber) {

    public UntsReference {
        if (volume < 1) {
            throw new IllegalArgumentException("UNTS volume must be positive: " + volume);
        }
    }
}

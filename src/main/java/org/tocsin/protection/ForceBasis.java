package org.tocsin.protection;

import java.util.OptionalInt;

/**
 * Which force an assessment was made on: a stored version of a situation's force, or a force file read
 * for a replay.
 *
 * @param label in words: "force version 3" or "force file rwanda-1993-1994.force.json"
 */
public record ForceBasis(String situation, OptionalInt version, String title, String label) {

    public static ForceBasis version(String situation, int version, String title) {
        return new ForceBasis(situation, OptionalInt.of(version), title, "force version " + version);
    }

    public static ForceBasis file(String situation, String fileName, String title) {
        return new ForceBasis(situation, OptionalInt.empty(), title, "force file " + fileName);
    }
}

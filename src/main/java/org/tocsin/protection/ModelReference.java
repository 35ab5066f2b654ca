package org.tocsin.protection;

import java.util.List;

/** An entry of the file's {@code doctrine_and_models}: research or doctrine the model's assumptions lean on. */
public record ModelReference(String id, String title, String keyContent, List<String> sources, boolean quantitative) {
    public ModelReference {
        sources = List.copyOf(sources);
    }
}

package org.tocsin.web;

import org.tocsin.web.security.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.taxonomy.Taxonomy;

import java.util.LinkedHashMap;
import java.util.Map;

@RestController
class TaxonomyController {

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The Framework of Analysis as Tocsin uses it, with each item's provenance tag. */
    @SignedIn
    @GetMapping("/api/taxonomy")
    Map<String, Object> taxonomy() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taxonomy", taxonomy.id());
        m.put("version", taxonomy.version());
        m.put("title", taxonomy.title());
        m.put("factors", taxonomy.factors());
        return m;
    }
}

package org.tocsin.web.console;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.taxonomy.Taxonomy;

/**
 * Texts that come from the domain, in the reader's language: the English is the domain's own
 * ({@link Reliability#meaning()}, {@link Tlp#meaning()}, the Framework's factor names), so it cannot
 * drift from the code; the French is in {@code i18n/messages_fr.properties}. For templates:
 * {@code ${txt.reliability(r)}}.
 */
@Component
public class Labels {

    private final MessageSource messages;
    private final Taxonomy taxonomy;

    Labels(MessageSource messages, Taxonomy taxonomy) {
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    public String reliability(Reliability r) { return text("grade.reliability." + r.name(), r.meaning()); }

    public String credibility(Credibility c) { return text("grade.credibility." + c.grade(), c.meaning()); }

    public String tlp(Tlp t) { return text("tlp.meaning." + t.name(), t.meaning()); }

    /** A risk factor's name ({@code RF07} → "Enabling circumstances or preparatory action"). */
    public String factor(String code) {
        String english = taxonomy.factor(code).map(f -> f.name()).orElse(code);
        return text("factor." + code, english);
    }

    /** An indicator's text: the Framework's English (its French version is not encoded yet). */
    public String indicator(String code) {
        return taxonomy.indicator(code).map(i -> i.text()).or(() -> taxonomy.factor(code).map(f -> f.name())).orElse(code);
    }

    /** A field error: translated when its reason is one the console knows, else the parser's English. */
    public String error(FormErrors.Message m) { return text(m.key(), m.english(), m.args()); }

    /** True when {@link #error} has no translation and shows the parser's English (marked {@code lang="en"}). */
    public boolean untranslated(FormErrors.Message m) { return m.key() == null; }

    private String text(String key, String english, Object... args) {
        if (key == null) return english;
        return messages.getMessage(key, args, english, Formats.locale());
    }
}

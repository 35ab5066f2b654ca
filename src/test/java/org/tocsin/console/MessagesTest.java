package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.distribution.Tlp;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SourceType;
import org.tocsin.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The console says everything in both languages, and says nothing it has no words for. */
class MessagesTest {

    /** Wording the English takes from the domain classes; only the French is in a bundle. */
    static final List<String> DOMAIN_PREFIXES = List.of("grade.", "tlp.meaning.", "factor.");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameMessages() throws IOException {
        Set<String> en = bundle("messages").stringPropertyNames();
        Set<String> fr = new TreeSet<>(bundle("messages_fr").stringPropertyNames());
        fr.removeIf(k -> DOMAIN_PREFIXES.stream().anyMatch(k::startsWith));
        assertThat(fr).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void everyGradeLabelAndFactorHasItsFrench() throws IOException {
        Properties fr = bundle("messages_fr");
        for (Reliability r : Reliability.values()) assertThat(fr).containsKey("grade.reliability." + r.name());
        for (Credibility c : Credibility.values()) assertThat(fr).containsKey("grade.credibility." + c.grade());
        for (Tlp t : Tlp.values()) assertThat(fr).containsKey("tlp.meaning." + t.name());
        for (var f : Taxonomy.framework().factors()) assertThat(fr).containsKey("factor." + f.code());
    }

    @Test
    void everyValueShownHasWordsInBothLanguages() throws IOException {
        for (String name : List.of("messages", "messages_fr")) {
            Properties p = bundle(name);
            List<String> keys = Stream.of(
                    Arrays.stream(RiskLevel.values()).map(v -> "level." + v.name()),
                    Arrays.stream(SignalKind.values()).map(v -> "kind." + v.name()),
                    Arrays.stream(SourceType.values()).map(v -> "sourceType." + v.name()),
                    Arrays.stream(DatePrecision.values()).map(v -> "precision." + v.name()),
                    Arrays.stream(Channel.values()).map(v -> "channel." + v.name())).flatMap(s -> s).toList();
            assertThat(p.stringPropertyNames()).as(name).containsAll(keys);
        }
    }

    /**
     * Messages with arguments go through MessageFormat, where a lone ' starts a quotation and swallows
     * text; messages without arguments are used as written, where '' would show twice.
     */
    @Test
    void apostrophesAreWrittenForHowEachMessageIsRendered() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String name : List.of("messages", "messages_fr")) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (argument.matcher(v).find()) assertThat(lone.matcher(v).find()).as("%s %s has a lone '", name, key).isFalse();
                else assertThat(v).as("%s %s has '' but no argument", name, key).doesNotContain("''");
            }
        }
    }

    @Test
    void everyMessageATemplateNamesExists() throws IOException {
        Set<String> en = bundle("messages").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Pattern msg = Pattern.compile("#messages\\.msg\\('([\\w.]+)'\\)");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/console"))) {
            for (Path f : files.toList()) {
                String t = Files.readString(f);
                for (Pattern pattern : List.of(literal, msg)) {
                    Matcher m = pattern.matcher(t);
                    while (m.find()) used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(en).containsAll(used);
    }
}

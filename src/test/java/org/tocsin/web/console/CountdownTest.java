package org.tocsin.web.console;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.AlertState;
import org.tocsin.escalation.Delivery;
import org.tocsin.escalation.EscalationEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the alert countdowns, and the alert wording in both bundles. */
class CountdownTest {

    static final Instant NOW = Instant.parse("1994-04-06T20:00:00Z");
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static String text(Duration fromNow, Locale locale) {
        return Countdown.of(NOW.plus(fromNow), NOW, MESSAGES, locale).text();
    }

    @Test
    void aDeadlineAheadCountsWholeMinutesRoundedUp() {
        assertThat(text(Duration.ofMinutes(80), Locale.ENGLISH)).isEqualTo("due in 1 h 20 min");
        assertThat(text(Duration.ofMinutes(80).minusSeconds(30), Locale.ENGLISH)).isEqualTo("due in 1 h 20 min");
        assertThat(text(Duration.ofSeconds(20), Locale.ENGLISH)).isEqualTo("due in 1 min");
        assertThat(text(Duration.ofHours(2), Locale.ENGLISH)).isEqualTo("due in 2 h");
        assertThat(text(Duration.ofHours(51).plusMinutes(10), Locale.ENGLISH)).as("days and hours only").isEqualTo("due in 2 d 3 h");
        assertThat(text(Duration.ofHours(24), Locale.ENGLISH)).isEqualTo("due in 1 d");
        assertThat(Countdown.of(NOW.plusSeconds(5), NOW, MESSAGES, Locale.ENGLISH).overdue()).isFalse();
    }

    @Test
    void aPassedDeadlineSaysByHowMuchRoundedDown() {
        assertThat(text(Duration.ofHours(-3), Locale.ENGLISH)).isEqualTo("overdue by 3 h");
        assertThat(text(Duration.ofHours(-3).minusSeconds(40), Locale.ENGLISH)).isEqualTo("overdue by 3 h");
        assertThat(text(Duration.ZERO, Locale.ENGLISH)).as("due now is overdue").isEqualTo("overdue by 1 min");
        assertThat(text(Duration.ofMinutes(-75), Locale.ENGLISH)).isEqualTo("overdue by 1 h 15 min");
        assertThat(Countdown.of(NOW, NOW, MESSAGES, Locale.ENGLISH).overdue()).isTrue();
    }

    @Test
    void countdownsSpeakFrench() {
        assertThat(text(Duration.ofMinutes(80), Locale.FRENCH)).isEqualTo("échéance dans 1 h 20 min");
        assertThat(text(Duration.ofHours(-3), Locale.FRENCH)).isEqualTo("en retard de 3 h");
        assertThat(text(Duration.ofHours(50), Locale.FRENCH)).isEqualTo("échéance dans 2 j 2 h");
    }

    @Test
    void theScriptGetsTheSameWordsWithAPlaceForTheNumber() {
        var w = Countdown.words(MESSAGES, Locale.FRENCH, NOW.plusNanos(123_456_789));
        assertThat(w.dueIn()).isEqualTo("échéance dans {0}");
        assertThat(w.overdueBy()).isEqualTo("en retard de {0}");
        assertThat(w.days()).isEqualTo("{0} j");
        assertThat(w.now()).isEqualTo("1994-04-06T20:00:00.123Z");
    }

    @Test
    void everyKindStateOutcomeAndEventOfAnAlertHasWordsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Alert.Kind k : Alert.Kind.values()) keys.add("alert.kind." + k.wire());
        for (AlertDecision.Outcome o : AlertDecision.Outcome.values()) {
            keys.add("alert.outcome." + o.wire());
            keys.add("alert.outcome." + o.wire() + ".hint");
        }
        for (Class<?> s : AlertState.class.getPermittedSubclasses()) keys.add("alert.state." + s.getSimpleName().toLowerCase(Locale.ROOT));
        for (String form : List.of("acknowledge", "decide", "escalate", "appeal", "assess")) keys.add("alert.failed." + form);
        for (String done : List.of("acknowledged", "decided", "escalated", "appealed", "assessed")) keys.add("alert.done." + done);
        Arrays.stream(EscalationEvent.class.getFields()).filter(f -> f.getName().startsWith("ALERT_"))
                .forEach(f -> keys.add("alert.event." + f.getName().toLowerCase(Locale.ROOT)));
        for (Delivery.Status status : Delivery.Status.values()) keys.add("alert.deliveryStatus." + status.wire());
        for (String name : List.of("messages", "messages_fr")) {
            Properties p = new Properties();
            try (InputStream in = CountdownTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys.stream().filter(k -> !p.containsKey(k)).toList()).as("keys missing from %s", name).isEmpty();
        }
    }
}

package org.tocsin.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(15), 20, 0.2);

    @ParameterizedTest(name = "after attempt {0}: {1}")
    @CsvSource({"1, PT2S", "2, PT4S", "3, PT8S", "9, PT8M32S", "10, PT15M", "20, PT15M", "1000, PT15M"})
    void theWaitDoublesFromTheBaseUntilItReachesTheCap(int attempt, Duration expected) {
        assertThat(policy.maxDelayAfter(attempt)).isEqualTo(expected);
    }

    @Test
    void jitterOnlyShortensTheWaitAndByAtMostItsShare() {
        Random random = new Random(11);
        for (int attempt = 1; attempt <= 20; attempt++) {
            Duration max = policy.maxDelayAfter(attempt);
            for (int i = 0; i < 50; i++) {
                Duration d = policy.delayAfter(attempt, random.nextDouble());
                assertThat(d).isLessThanOrEqualTo(max).isGreaterThanOrEqualTo(Duration.ofMillis(Math.round(max.toMillis() * 0.8)));
            }
        }
    }

    @Test
    void aNotificationMayBeRetriedUntilItsLastPermittedAttempt() {
        assertThat(policy.mayRetryAfter(19)).isTrue();
        assertThat(policy.mayRetryAfter(20)).isFalse();
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofMinutes(1), 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1), 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), 2, Duration.ofMinutes(1), 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}

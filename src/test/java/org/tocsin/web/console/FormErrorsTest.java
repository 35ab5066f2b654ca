package org.tocsin.web.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.common.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser's errors placed on the form's fields, in words the console can translate. */
class FormErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is required                                              | error.required
            is required: a letter A to F (Admiralty source reliability) | error.required
            must not be blank                                        | error.required
            must be a number                                         | error.number
            must be between -90 and 90                               | error.range
            must be a whole number between 0 and 100000000           | error.wholeNumber
            is longer than 20000 characters                          | error.tooLong
            must be a date written YYYY-MM-DD                        | error.date
            must be an ISO 3166-1 alpha-2 code such as RW            | error.country
            is not in the Framework of Analysis taxonomy 2014-1      | error.indicatorUnknown
            must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED (TLP 2.0) | error.choice
            """)
    void recognisesTheParsersReasons(String reason, String key) {
        assertThat(FormErrors.message(reason).key()).isEqualTo(key);
    }

    @Test
    void keepsTheNumbersOfAReasonAsArgumentsAndTheEnglishOfAnUnknownOne() {
        assertThat(FormErrors.message("must be between -90 and 90").args()).containsExactly("-90", "90");
        var unknown = FormErrors.message("was refused for a reason nobody foresaw");
        assertThat(unknown.key()).isNull();
        assertThat(unknown.english()).isEqualTo("was refused for a reason nobody foresaw");
    }

    @Test
    void putsEachErrorOnItsField() {
        var errors = FormErrors.of(List.of(new FieldError("indicators[2]", "must be a Framework of Analysis code such as RF07"),
                new FieldError("summary", "is required"), new FieldError("situation", "is required"),
                new FieldError("attributes.x", "must be a string")));
        assertThat(errors.fields()).containsExactly("indicators", "summary", FormErrors.GENERAL);
        assertThat(errors.of(FormErrors.GENERAL)).hasSize(2);
        assertThat(errors.has("reliability")).isFalse();
    }
}

package org.oversightportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security review finding 12: SMTP errors are logged and stored without the addresses servers quote in them. */
class OutboxScrubTest {

    @Test
    void finding12_anSmtpRefusalIsKeptWithoutAnyAddressInIt() {
        String error = OutboxSender.describe(new RuntimeException("Sending failed",
                new IllegalStateException("550 5.1.1 <Resident.Name@Example.org>: Recipient address rejected; "
                        + "also tried mailto:other.person@example.net")));
        String scrubbed = OutboxSender.scrub(error, "resident.name@example.org");
        assertThat(scrubbed).contains("550 5.1.1").contains("Recipient address rejected")
                .doesNotContainIgnoringCase("resident.name").doesNotContain("other.person").doesNotContain("@");
    }
}

package org.tocsin.notification.send;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.tocsin.notification.ChannelSender;
import org.tocsin.notification.Notification;
import org.tocsin.notification.SendResult;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Delivers e-mail notifications over SMTP with Jakarta Mail: a plain-text message per notification,
 * one connection per message (a failure affects only its own message).
 *
 * <p>The {@code Message-ID} is derived from the idempotency key, so every retry of a notification
 * carries the same one and mail systems that de-duplicate by it drop the repeats; the key itself is
 * in {@code X-Tocsin-Idempotency-Key}. {@code Auto-Submitted: auto-generated} (RFC 3834) keeps
 * out-of-office replies away.
 *
 * <p>Outcomes: accepted by the server is delivered; an address that cannot be parsed, or that the
 * server refuses permanently, is a dead letter; anything else (connection, timeout, temporary
 * refusal, authentication) is retried.
 */
public final class SmtpEmailSender implements ChannelSender {

    /**
     * Where and how to send; built from {@code spring.mail.*} by the wiring.
     *
     * @param protocol   {@code smtp} or {@code smtps}
     * @param username   null for no authentication
     * @param properties extra Jakarta Mail session properties ({@code spring.mail.properties.*}), applied last
     * @param from       the From address, e.g. {@code Tocsin <tocsin@example.org>}
     * @param timeout    connection, read and write timeout unless {@code properties} set them
     */
    public record Settings(String host, int port, String protocol, String username, String password, boolean ssl,
                           Map<String, String> properties, String from, Duration timeout) {
        public Settings {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range");
            protocol = protocol == null || protocol.isBlank() ? "smtp" : protocol;
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public String toString() {
            return "Settings[" + protocol + "://" + host + ":" + port + (username == null ? "" : ", user " + username) + ", from " + from + "]";
        }
    }

    private final Settings settings;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    public SmtpEmailSender(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the From address is not a valid e-mail address", e);
        }
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        this.session = Session.getInstance(sessionProperties(settings));
    }

    private static Properties sessionProperties(Settings s) {
        Properties p = new Properties();
        String prefix = "mail." + s.protocol() + ".";
        String millis = Long.toString(s.timeout().toMillis());
        p.setProperty("mail.transport.protocol", s.protocol());
        p.setProperty(prefix + "host", s.host());
        p.setProperty(prefix + "port", Integer.toString(s.port()));
        // Jakarta Mail waits for ever by default: one dead server must not stall the sender
        p.setProperty(prefix + "connectiontimeout", millis);
        p.setProperty(prefix + "timeout", millis);
        p.setProperty(prefix + "writetimeout", millis);
        if (s.username() != null) p.setProperty(prefix + "auth", "true");
        if (s.ssl()) p.setProperty(prefix + "ssl.enable", "true");
        p.putAll(s.properties());
        return p;
    }

    @Override
    public Notification.Channel channel() { return Notification.Channel.EMAIL; }

    /** {@code <hex(sha-256(key))@domain-of-from>}: stable per key and valid whatever characters the key holds. */
    public String messageId(String idempotencyKey) {
        return "<" + sha256(idempotencyKey) + "@" + messageIdDomain + ">";
    }

    @Override
    public SendResult send(Notification n) {
        InternetAddress to;
        try {
            to = new InternetAddress(n.address(), true);
        } catch (AddressException e) {
            return new SendResult.Failed("not a valid e-mail address: " + e.getMessage());
        }
        try {
            MimeMessage message = compose(n, to);
            try (Transport transport = session.getTransport(settings.protocol())) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, new Address[]{to});
            }
            return SendResult.SENT;
        } catch (AuthenticationFailedException e) {
            // a configuration problem an operator can fix: keep the message until then
            return new SendResult.Retry("the SMTP server refused the credentials");
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    && (e.getValidUnsentAddresses() == null || e.getValidUnsentAddresses().length == 0);
            String error = "the SMTP server did not accept the message: " + e.getMessage();
            return refused ? new SendResult.Failed(error) : new SendResult.Retry(error);
        } catch (MessagingException e) {
            return new SendResult.Retry("SMTP: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private MimeMessage compose(Notification n, InternetAddress to) throws MessagingException {
        String id = messageId(n.idempotencyKey());
        // Jakarta Mail replaces Message-ID with a random one on saveChanges(); keep ours
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(from);
        m.setRecipient(MimeMessage.RecipientType.TO, to);
        m.setSubject(oneLine(n.subject()), StandardCharsets.UTF_8.name());
        // the time the notification was written, the same on every retry
        m.setSentDate(Date.from(n.createdAt()));
        m.setText(n.body(), StandardCharsets.UTF_8.name(), "plain");
        m.setHeader("X-Tocsin-Idempotency-Key", header(n.idempotencyKey()));
        if (n.situation() != null) m.setHeader("X-Tocsin-Situation", header(n.situation()));
        m.setHeader("Auto-Submitted", "auto-generated");
        m.saveChanges();
        return m;
    }

    /** A header value: folded lines and non-ASCII characters are encoded rather than trusted. */
    private static String header(String value) {
        try {
            return MimeUtility.fold(0, MimeUtility.encodeText(oneLine(value), StandardCharsets.UTF_8.name(), null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String oneLine(String s) { return s.replaceAll("[\\r\\n]+", " "); }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() { return "SmtpEmailSender" + settings; }
}

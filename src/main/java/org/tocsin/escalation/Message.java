package org.tocsin.escalation;

import java.util.Map;

/** What one delivery says: the same subject line, text and structured payload for every recipient. */
public record Message(String subject, String body, Map<String, Object> payload) {
    public Message {
        payload = Map.copyOf(payload);
    }
}

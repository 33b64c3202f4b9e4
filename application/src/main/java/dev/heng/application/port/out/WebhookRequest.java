package dev.heng.application.port.out;

import java.time.Instant;

/**
 * A webhook to post.
 *
 * @param url where
 * @param secret the key its signature is made with
 * @param eventId the event's id, sent as a header so receivers can drop repeats
 * @param eventType the event's type, sent as a header
 * @param body the JSON body
 * @param timestamp the time the signature covers, sent as a header
 */
public record WebhookRequest(
    String url, String secret, String eventId, String eventType, String body, Instant timestamp) {}

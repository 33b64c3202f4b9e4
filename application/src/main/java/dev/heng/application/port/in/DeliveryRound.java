package dev.heng.application.port.in;

/**
 * What one round of webhook delivery did.
 *
 * @param claimed deliveries claimed
 * @param delivered of them, taken by their receivers
 * @param retried of them, failed and queued again
 * @param failed of them, given up
 */
public record DeliveryRound(int claimed, int delivered, int retried, int failed) {}

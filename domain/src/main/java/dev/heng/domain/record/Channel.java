package dev.heng.domain.record;

/** The channel a ticket came in through. */
public enum Channel {
  PHONE,
  CHAT,
  EMAIL,
  SOCIAL
}

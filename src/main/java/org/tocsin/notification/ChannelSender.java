package org.tocsin.notification;

/**
 * Delivers notifications of one channel. Implementations report the outcome as a {@link SendResult}
 * and throw only for bugs; they must be safe to call from several threads at once.
 */
public interface ChannelSender {

    Notification.Channel channel();

    SendResult send(Notification notification);
}

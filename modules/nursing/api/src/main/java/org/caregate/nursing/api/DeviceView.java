package org.caregate.nursing.api;

/**
 * The device at a care location that asks for a nurse and carries the audio/video session.
 *
 * @param type         robot, cart or tablet
 * @param clientId     the device's client id with its video platform, or {@code null}
 * @param availability {@code online} or {@code offline}, as the device last reported
 */
public record DeviceView(String serialNumber, String type, String clientId, boolean skipActivation,
                         String availability) {
}

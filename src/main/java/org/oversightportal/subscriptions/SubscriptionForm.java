package org.oversightportal.subscriptions;

/**
 * The subscribe form as typed. {@code agency}, {@code vendor} and {@code technology} narrow the topic
 * (at most one); {@code website} is the honeypot.
 */
public class SubscriptionForm {
    public String email;
    public String topic;
    public String frequency;
    public String agency;
    public String vendor;
    public String technology;
    public String website;
}

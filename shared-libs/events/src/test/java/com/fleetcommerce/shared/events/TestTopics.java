package com.fleetcommerce.shared.events;

/** Topics of the shared test context; each test uses its own so they cannot see each other's records. */
public final class TestTopics {

    public static final String WRITER = "test.writer";
    public static final String LISTEN = "test.listen";
    public static final String TWO_RELAYS = "test.two-relays";
    public static final String INBOX_LISTENER = "test.inbox-listener";
    public static final String RETRY = "test.retry";
    public static final String POISON = "test.poison";
    public static final String DLT_SUFFIX = ".dlt";

    private TestTopics() {
    }
}

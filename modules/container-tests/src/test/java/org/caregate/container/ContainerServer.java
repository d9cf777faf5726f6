package org.caregate.container;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the managed server needs before Arquillian starts it, prepared once per test run on the client side
 * ({@link ServerPreparation}); register it before Arquillian's extension. Inside the server, where JUnit runs the
 * same test class again, it does nothing.
 */
public final class ContainerServer implements BeforeAllCallback {

    private static boolean prepared;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (prepared || System.getProperty("caregate.container.dir") == null) {
            return;
        }
        ServerPreparation.prepare();
        prepared = true;
    }
}

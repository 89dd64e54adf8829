package dev.crosswalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A port nothing listens on right now, for a server whose address must be known before it starts
 * (a gateway whose Ashby is its own sandbox, a stub restarted on the same port, a gateway process).
 */
public final class FreePorts {

    private FreePorts() {}

    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

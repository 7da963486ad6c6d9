package org.s3coop.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.s3coop.platform.embedded.FreePorts;

/** Step 1: every port this run listens on must be free now; otherwise say which and how to choose another. */
final class PortCheck {
    private PortCheck() {
    }

    /** @return the ports that are taken (empty when all are free) */
    static List<Settings.PortSetting> taken(List<Settings.PortSetting> ports) {
        return ports.stream().filter(p -> !isFree(p.port())).toList();
    }

    static boolean isFree(int port) {
        return FreePorts.isFree(port) && !answers(port);
    }

    /** Something may listen on the loopback address only; a connect attempt finds it too. */
    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.s3coop.local;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JVM runs shutdown hooks concurrently and in no order. The launcher needs an order (services, then Kafka, then
 * PostgreSQL), so it removes hooks that libraries register for themselves and does their work in its own hook.
 * Reading the registered hooks needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} (run.sh passes it); without
 * it the library hooks stay, which is harmless except for the order.
 */
final class ShutdownHooks {
    private static boolean warned;

    private ShutdownHooks() {
    }

    static Set<Thread> snapshot() {
        Map<Thread, Thread> hooks = registered();
        Set<Thread> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        if (hooks != null) {
            synchronized (hooksClass()) {
                copy.addAll(hooks.keySet());
            }
        }
        return copy;
    }

    static void removeAddedSince(Set<Thread> before, String namePrefix) {
        for (Thread hook : snapshot()) {
            if (!before.contains(hook) && hook.getName().startsWith(namePrefix)) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Thread, Thread> registered() {
        try {
            Field field = hooksClass().getDeclaredField("hooks");
            field.setAccessible(true);
            return (Map<Thread, Thread>) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                Console.warn("cannot order shutdown hooks (%s); PostgreSQL may stop before the services", e);
            }
            return null;
        }
    }

    private static Class<?> hooksClass() {
        try {
            return Class.forName("java.lang.ApplicationShutdownHooks");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

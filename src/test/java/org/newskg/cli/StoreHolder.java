package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.KgStore;

/** Test helper run as a separate JVM: opens a store, says "ready", holds it until stdin closes. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            System.out.println("ready " + store.articleIds().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our stdin
            }
        }
    }
}

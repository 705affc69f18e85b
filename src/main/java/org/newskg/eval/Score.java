package org.newskg.eval;

import java.util.List;

/** What every scorer's result prints: its summary lines and, for {@code -v}, the detail lines. */
public interface Score {

    List<String> lines();

    List<String> details();
}

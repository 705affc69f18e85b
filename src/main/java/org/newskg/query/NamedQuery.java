package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query with its header comment. Parameters are declared in the header as
 * {@code # param NAME: description} (optional ones as {@code # param NAME (optional): …}); at run
 * time {@code --param NAME=value} binds the variable {@code ?NAME} to the string value.
 */
public record NamedQuery(String name, String sparql, List<Parameter> parameters, String summary) {

    /** A declared parameter. */
    public record Parameter(String name, boolean optional, String description) {
    }

    private static final Pattern PARAM = Pattern.compile("^#\\s*param\\s+(\\w+)\\s*(\\(optional\\))?\\s*:\\s*(.*)$");

    public static NamedQuery parse(String name, String sparql) {
        List<Parameter> params = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (String line : sparql.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = PARAM.matcher(line.strip());
            if (m.matches()) {
                params.add(new Parameter(m.group(1), m.group(2) != null, m.group(3).strip()));
            } else if (summary.isEmpty() && line.length() > 1) {
                summary.append(line.substring(1).strip());
            }
        }
        return new NamedQuery(name, sparql, List.copyOf(params), summary.toString());
    }
}

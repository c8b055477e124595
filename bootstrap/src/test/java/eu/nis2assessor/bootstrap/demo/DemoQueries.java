package eu.nis2assessor.bootstrap.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The three example queries of the README's section "Demo data", read from README.md itself. */
final class DemoQueries {

    static final String ENTITIES;
    static final String ASSESSMENT;
    static final String ACCOUNTABILITY;

    static {
        List<String> queries = readmeQueries();
        if (queries.size() != 3) {
            throw new IllegalStateException("README.md, section 'Demo data': expected 3 graphql blocks, found "
                    + queries.size());
        }
        ENTITIES = queries.get(0);
        ASSESSMENT = queries.get(1);
        ACCOUNTABILITY = queries.get(2);
    }

    private DemoQueries() {
    }

    static List<String> readmeQueries() {
        Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md") : Path.of("..", "README.md");
        String text;
        try {
            text = Files.readString(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf("## Demo data");
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        List<String> queries = new ArrayList<>();
        int from = 0;
        while ((from = section.indexOf("```graphql\n", from)) >= 0) {
            int close = section.indexOf("```", from + 11);
            queries.add(section.substring(from + 11, close));
            from = close + 3;
        }
        return queries;
    }
}

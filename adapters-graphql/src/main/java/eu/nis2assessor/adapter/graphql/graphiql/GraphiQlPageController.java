package eu.nis2assessor.adapter.graphql.graphiql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves our own GraphiQL page at {@code /graphiql}. Spring GraphQL's built-in page loads its scripts from a
 * CDN; this one loads React and GraphiQL from {@code /graphiql/vendor/}, files bundled into the jar at build
 * time (see {@code scripts/fetch-graphiql-assets.sh}), so it works without any network.
 *
 * <p>Switched by {@code nis2.graphiql.enabled} (default on; off in the {@code prod} profile): when off, there is no
 * page at {@code /graphiql}.
 */
@Controller
@ConditionalOnBooleanProperty(name = "nis2.graphiql.enabled", matchIfMissing = true)
public class GraphiQlPageController {

    private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

    @GetMapping(path = {"/graphiql", "/graphiql/"}, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<Resource> page() {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .body(PAGE);
    }
}

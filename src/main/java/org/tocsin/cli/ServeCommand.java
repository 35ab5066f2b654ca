package org.tocsin.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs Tocsin's web console and API.",
                "Without TOCSIN_DB_URL it uses an embedded PostgreSQL in TOCSIN_DATA_DIR (default ./tocsin-data)",
                "and loads the Rwanda 1993-94 demo on first start. The port is SERVER_PORT (default 8080)."})
class ServeCommand implements Callable<Integer> {

    /** Spring arguments such as --server.port=9090 pass through. */
    @Unmatched
    List<String> springArgs = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        ConfigurableApplicationContext ctx = SpringContexts.start(true, Map.of(), springArgs.toArray(String[]::new));
        String port = ctx.getEnvironment().getProperty("local.server.port", "8080");
        System.out.println("Tocsin is serving on http://localhost:" + port + "/  (API: /api, OpenAPI: /api/openapi)");
        return 0;
    }
}

package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.situation.SituationId;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

/**
 * Bulk imports over HTTP. The body is streamed straight into the importer (no 1 MB limit here),
 * up to a configurable ceiling ({@code tocsin.import.max-bytes}).
 */
@RestController
class ImportController {

    private final ImportService imports;
    private final long maxBytes;

    ImportController(ImportService imports, @Value("${tocsin.import.max-bytes:2147483648}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @Requires(value = Permission.SIGNAL_IMPORT, from = Requires.From.PARAM, name = "situation")
    @PostMapping("/api/imports")
    ResponseEntity<Object> importFile(@RequestParam String situation, @RequestParam String format,
                                      @RequestParam(name = "skip_invalid", defaultValue = "false") boolean skipInvalid,
                                      @RequestParam(defaultValue = "AMBER") String label,
                                      @RequestParam(required = false) String filename,
                                      HttpServletRequest request, Principal principal) throws IOException {
        if (!SituationId.valid(situation)) throw SignalController.badParam("situation",
                "must be a slug of lower-case letters, digits and hyphens (at most 64)");
        ImportFormat f = ImportFormat.parse(format).orElseThrow(() -> SignalController.badParam("format",
                "must be case, gdelt1, gdelt2 or ucdp"));
        Tlp tlp = Tlp.parse(label).orElseThrow(() -> SignalController.badParam("label",
                "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
        if (request.getContentLengthLong() > maxBytes) throw JsonBody.tooLarge((int) Math.min(maxBytes, Integer.MAX_VALUE));
        ImportReport report;
        try (InputStream body = new Ceiling(request.getInputStream(), maxBytes)) {
            report = imports.importStream(new ImportService.Request(situation, f, skipInvalid, tlp, principal.getName(), filename), body);
        } catch (org.tocsin.intake.format.UndecodableInputException e) {
            // the reader's message names the line and never quotes the input
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.BAD_REQUEST, "undecodable", "Undecodable file", "$", e.getMessage()));
        } catch (Ceiling.Exceeded e) {
            throw JsonBody.tooLarge((int) Math.min(maxBytes, Integer.MAX_VALUE));
        }
        if (report.committed()) return ResponseEntity.ok(report);
        var problem = ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-refused", "Import refused", report.summary());
        problem.setProperty("errors", report.rejections().stream().flatMap(r -> r.errors().stream().map(e -> java.util.Map.of(
                "field", "record " + r.record() + " (line " + r.line() + "): " + e.field(), "reason", e.reason()))).toList());
        problem.setProperty("report", report);
        return ApiProblem.response(problem);
    }

    /** Stops reading past the ceiling, so an endless body cannot fill the disk. */
    static final class Ceiling extends FilterInputStream {
        static final class Exceeded extends java.io.UncheckedIOException {
            Exceeded() { super(new IOException("import body above ceiling")); }
        }

        private final long max;
        private long read;

        Ceiling(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > max) throw new Exceeded();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (read += n) > max) throw new Exceeded();
            return n;
        }
    }
}

package org.tocsin.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips the console's pages for browsers that accept it: the situation page is about 150 KB of HTML and
 * 35 KB compressed, which matters on a field connection. Only console pages, not the API: Tomcat's own
 * connector-wide compression changes how refused uploads behave ({@code BadInputTest}'s 413 with
 * {@code Expect: 100-continue}), and the API has its own clients. Static assets are compressed ahead
 * of time (htmx) or here (the stylesheet).
 */
final class GzipPages extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accepts = request.getHeader("Accept-Encoding");
        return accepts == null || !accepts.contains("gzip") || request.getHeader("Range") != null
                || !compressible(request.getRequestURI());
    }

    /** The console's pages and its stylesheet (htmx comes gzipped from its WebJar already). */
    static boolean compressible(String path) {
        return path.equals("/") || path.equals("/replay") || path.startsWith("/situations/") || path.startsWith("/signals/")
                || (path.startsWith("/console/") && path.endsWith(".css"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.addHeader("Vary", "Accept-Encoding");
        Gzipped gzipped = new Gzipped(response);
        try {
            chain.doFilter(request, gzipped);
        } finally {
            gzipped.finish();
        }
    }

    /** The response, gzipped from its first byte; a response without a body (a redirect) stays as it is. */
    private static final class Gzipped extends HttpServletResponseWrapper {
        private GZIPOutputStream gzip;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Gzipped(HttpServletResponse response) { super(response); }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) throw new IllegalStateException("getWriter() was already called");
            return stream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) throw new IllegalStateException("getOutputStream() was already called");
                writer = new PrintWriter(new OutputStreamWriter(stream(), getCharacterEncoding()));
            }
            return writer;
        }

        private ServletOutputStream stream() throws IOException {
            if (stream == null) {
                HttpServletResponse r = (HttpServletResponse) getResponse();
                r.setHeader("Content-Encoding", "gzip");
                gzip = new GZIPOutputStream(r.getOutputStream(), 8192);
                ServletOutputStream underlying = r.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException { gzip.write(b); }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException { gzip.write(b, off, len); }

                    @Override
                    public void flush() throws IOException { gzip.flush(); }

                    @Override
                    public boolean isReady() { return underlying.isReady(); }

                    @Override
                    public void setWriteListener(WriteListener listener) { underlying.setWriteListener(listener); }
                };
            }
            return stream;
        }

        // the length of the gzipped body is not known in advance: never announce the plain one
        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) super.addHeader(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!"Content-Length".equalsIgnoreCase(name)) super.setIntHeader(name, value);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) writer.flush();
            if (gzip != null) gzip.flush();
            super.flushBuffer();
        }

        @Override
        public void reset() {
            if (gzip != null) throw new IllegalStateException("the gzipped body has begun");
            super.reset();
        }

        @Override
        public void resetBuffer() {
            if (gzip != null) throw new IllegalStateException("the gzipped body has begun");
            super.resetBuffer();
        }

        void finish() throws IOException {
            if (writer != null) writer.flush();
            if (gzip != null) gzip.finish();
        }
    }
}

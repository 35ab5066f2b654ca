package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.web.security.NextPage;
import org.tocsin.web.security.Public;

import java.util.ArrayList;
import java.util.List;

/** The sign-in page: person id and password, and a button per configured OpenID Connect provider. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final ObjectProvider<DemoAccounts> demo;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidc, ObjectProvider<DemoAccounts> demo) {
        this.oidc = oidc;
        this.demo = demo;
    }

    record Provider(String id, String name) {}

    @Public
    @GetMapping("/login")
    String login(@RequestParam(required = false) String next, @RequestParam(required = false) String error,
                 HttpServletRequest request, Model model) {
        if (NextPage.safe(next)) request.getSession(true).setAttribute(NextPage.SESSION_KEY, next);
        model.addAttribute("next", NextPage.safe(next) ? next : null);
        model.addAttribute("error", error);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("oidcRefused", request.getParameter("oidc-refused") != null);
        model.addAttribute("providers", providers());
        DemoAccounts d = demo.getIfAvailable();
        model.addAttribute("demo", d == null || d.accounts().isEmpty() ? null : d);
        return "console/login";
    }

    private List<Provider> providers() {
        List<Provider> out = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object o : registrations) {
                if (o instanceof ClientRegistration r) out.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        return out;
    }
}

package org.tocsin.web.console;

import java.util.List;

/** The demo mode's accounts, shown on the sign-in page (only in demo mode; production refuses to start with them). */
public record DemoAccounts(List<Account> accounts, String password) {

    public record Account(String person, String roles) {}

    public DemoAccounts {
        accounts = List.copyOf(accounts);
    }
}

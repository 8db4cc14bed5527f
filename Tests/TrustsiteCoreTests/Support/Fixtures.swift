/// Inline content shared by the whole-site tests.
enum Fixtures {
    /// A two-statement site: `privacy` has an archived, a current and an upcoming version on `TempSite.asOf`.
    static let site: [String: String] = [
        "privacy/statement.yml": "title: Privacy Statement\ndescription: How we handle personal data.\norder: 1\n",
        "privacy/2023-01-01.md": """
        # Privacy Statement

        Effective date: January 1, 2023

        ## A. Definitions

        See [the summary](#b-summary).

        ## B. Summary

        Short.
        """,
        "privacy/2024-01-15.md": """
        ---
        updated: 2024-01-15
        effective: 2024-02-01
        summary: Added a section on *cookies*.
        ---
        # Privacy Statement

        Intro with a [link to cookies](#cookies) and [an external one](https://example.com/x).

        ## A. Definitions

        ### Personal data

        ### Why?

        ## Cookies {#cookies}

        | Name | Purpose |
        | --- | --- |
        | [Definitions](#a-definitions) | <b>bold</b> |

        ## B. Summary

        ### Why?
        """,
        "privacy/2024-05-20.md": """
        ---
        effective: 2024-07-01
        summary: Clarified retention.
        ---
        ## Retention

        We keep data for 30 days.
        """,
        "terms/2024-03-01.md": "---\ntitle: Terms of Service\n---\n## 1. Terms\n\nText.\n",
    ]

    /// The `site.yml` for `site`.
    static let siteYML = "title: Example Trust Center\norganization: Example Inc.\ndescription: Our statements.\n"

    /// Every file a build of `site` must write.
    static let sitePaths = [
        "index.html", "404.html", "assets/style.css",
        "privacy/index.html", "privacy/history/index.html",
        "privacy/2023-01-01/index.html", "privacy/2024-01-15/index.html", "privacy/2024-05-20/index.html",
        "terms/index.html", "terms/history/index.html", "terms/2024-03-01/index.html",
    ]
}

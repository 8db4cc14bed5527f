extension Scaffold {
    /// `content/site.yml`, every key explained.
    static let siteYML = """
        # The Trust Center's settings. Every key is optional; delete what you do not need.

        # The site's name, on every page and in the window title.
        title: "Trust Center"

        # Who publishes the statements, beside the title and in the footer.
        organization: "Example Inc."

        # One sentence for the home page and for search engines.
        description: "Our privacy statement and policies, with every change since they were first published."

        # The address the site is published at: https://trust.example.com, or for a GitHub Pages project site
        # https://OWNER.github.io/REPOSITORY (the site lives under /REPOSITORY/). Needed for the sitemap and the
        # feeds' absolute links; links between pages are relative, so the site works without it, from any folder.
        # The GitHub workflow passes the Pages address with --base-url, which overrides this.
        # base_url: "https://trust.example.com"

        # Keep raw HTML in the Markdown. Off by default: tags are left out (their words are kept), as on GitHub.
        raw_html: false

        # What the Atom feeds' entry ids are made of (default: made from organization). Set it before you rename
        # the organization, so feed readers do not see every entry as new.
        # site_key: "example-inc"

        """

    /// The example statement's first version.
    static let firstVersion = """
        ---
        title: "Privacy Statement"
        ---
        This statement explains what personal data Example Inc. collects when you use its services, and why.

        ## Data we collect

        We collect the information you give us when you create an account: your name and email address.

        ## How we use it

        We use your data to provide the service and to tell you about changes to it.

        ## Contact

        Write to privacy@example.com with any question about this statement.

        """

    /// The example statement's second version: one section changed, one added.
    static let secondVersion = """
        ---
        title: "Privacy Statement"
        effective: 2025-07-01
        summary: "We now say how long we keep your data, and that you can ask for a copy of it."
        ---
        This statement explains what personal data Example Inc. collects when you use its services, and why.

        ## Data we collect

        We collect the information you give us when you create an account: your name and email address.

        ## How we use it

        We use your data to provide the service and to tell you about changes to it. We keep it for as long as
        your account is open, and delete it within 30 days after you close it.

        ## Your rights

        You can ask for a copy of your data, or for its deletion, at any time.

        ## Contact

        Write to privacy@example.com with any question about this statement.

        """

    /// `.gitignore`: what a build makes, which CI makes again.
    static let gitignore = """
        # The built site: CI builds it (trustsite build writes it to site/); not committed.
        /site/
        # Beside the output folder: the build cache, the build lock and the staging folder of the last build.
        /.site.cache.json
        /.site.lock
        /.site.staging/
        # trustsite serve previews into the system's temporary folder; these are its folders should TMPDIR point here.
        trustsite-preview-*/

        """
}

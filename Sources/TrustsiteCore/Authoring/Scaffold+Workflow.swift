import TrustsiteRender

extension Scaffold {
    /// The workflow's file name under `.github/workflows/`.
    public static let workflowName = "trustsite.yml"

    /// The marker that finds the pull request's one redline comment again, to update it in place.
    public static let commentMarker = DiffReport.commentMarker

    /// `.github/workflows/trustsite.yml`: builds trustsite, checks the content strictly, builds with the Pages address as
    /// base URL and deploys on pushes to the default branch (and daily, so a version takes effect on its date); on a pull
    /// request, posts the redline of what it changes as one comment, updated in place on every push.
    static let workflow = #"""
        name: Trust Center

        on:
          push:
            branches: [main]
          pull_request:
          # Daily, so a version whose effective date has come is shown as the one in force.
          schedule:
            - cron: "17 4 * * *"
          workflow_dispatch:

        env:
          # Where trustsite's source is (a Swift package) and which branch, tag or commit to build.
          TRUSTSITE_GIT: "__TRUSTSITE_GIT__"
          TRUSTSITE_REF: "__TRUSTSITE_REF__"

        permissions:
          contents: read

        # A newer push to a pull request replaces its run; a deployment is never cut off halfway.
        concurrency:
          group: trustsite-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        jobs:
          tool:
            name: Build trustsite
            runs-on: ubuntu-24.04
            container: swift:6.3-noble
            steps:
              - name: Install libcmark
                run: apt-get update && apt-get install -y --no-install-recommends libcmark-dev
              - name: Find trustsite's commit
                id: source
                run: |
                  case "$TRUSTSITE_GIT" in __*) echo "::error::set TRUSTSITE_GIT in .github/workflows/trustsite.yml to the URL of trustsite's source"; exit 1;; esac
                  echo "commit=$(git ls-remote "$TRUSTSITE_GIT" "$TRUSTSITE_REF" | cut -f1 | head -n1)" >> "$GITHUB_OUTPUT"
              - name: Reuse the binary built from that commit
                id: cache
                uses: actions/cache@v4
                with:
                  path: bin/trustsite
                  key: trustsite-${{ runner.os }}-swift6.3-${{ steps.source.outputs.commit || env.TRUSTSITE_REF }}
              - name: Build trustsite
                if: steps.cache.outputs.cache-hit != 'true'
                run: |
                  git clone --quiet "$TRUSTSITE_GIT" /tmp/trustsite
                  git -C /tmp/trustsite checkout --quiet "$TRUSTSITE_REF"
                  swift build --package-path /tmp/trustsite -c release --product trustsite
                  mkdir -p bin && cp "$(swift build --package-path /tmp/trustsite -c release --show-bin-path)/trustsite" bin/
              - uses: actions/upload-artifact@v4
                with:
                  name: trustsite
                  path: bin/trustsite
                  retention-days: 1

          build:
            name: Check and build
            needs: tool
            runs-on: ubuntu-24.04
            container: swift:6.3-noble
            steps:
              - uses: actions/checkout@v4
              - name: Install libcmark
                run: apt-get update && apt-get install -y --no-install-recommends libcmark-dev
              - uses: actions/download-artifact@v4
                with:
                  name: trustsite
                  path: /usr/local/bin
              - run: chmod +x /usr/local/bin/trustsite && trustsite --version
              - name: Check (warnings fail too)
                run: trustsite check --strict
              - name: Find the Pages address
                id: pages
                if: github.event_name != 'pull_request'
                uses: actions/configure-pages@v5
              # A project site lives under /REPOSITORY/: configure-pages gives the whole address (or the custom domain's).
              - name: Build
                env:
                  BASE_URL: ${{ steps.pages.outputs.base_url || format('https://{0}.github.io/{1}', github.repository_owner, github.event.repository.name) }}
                run: trustsite build --base-url "$BASE_URL/"
              - if: github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: site

          deploy:
            name: Deploy to GitHub Pages
            needs: build
            if: github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

          review:
            name: Redline of the pull request
            needs: tool
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-24.04
            container: swift:6.3-noble
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - name: Install libcmark
                run: apt-get update && apt-get install -y --no-install-recommends libcmark-dev
              - uses: actions/download-artifact@v4
                with:
                  name: trustsite
                  path: /usr/local/bin
              - name: Diff against the base branch
                env:
                  BASE_REF: ${{ github.base_ref }}
                run: |
                  chmod +x /usr/local/bin/trustsite
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  trustsite diff --against "origin/$BASE_REF" --format markdown > trustsite-diff.md
                  cat trustsite-diff.md >> "$GITHUB_STEP_SUMMARY"
              # A pull request from a fork gets a read-only token: its redline is in the job's summary instead.
              - name: Post or update the comment
                if: github.event.pull_request.head.repo.full_name == github.repository
                uses: actions/github-script@v7
                with:
                  script: |
                    const fs = require('fs');
                    const marker = '__MARKER__';
                    const diff = fs.readFileSync('trustsite-diff.md', 'utf8').trim();
                    // `diff --format markdown` starts with the marker itself (and always fits in one comment).
                    let body = diff.startsWith(marker) ? diff : marker + '\n' + (diff || 'This pull request changes no statement.');
                    // GitHub refuses a comment over 65,536 characters; the whole redline stays in the job's summary.
                    if (body.length > 65000) body = body.slice(0, 64000) + '\n\n…cut to fit one comment: the job summary has it all.';
                    const { owner, repo } = context.repo;
                    const issue_number = context.issue.number;
                    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
                    const mine = comments.find(c => c.user && c.user.type === 'Bot' && (c.body || '').startsWith(marker));
                    if (mine) {
                      if (mine.body !== body) await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
                    } else {
                      await github.rest.issues.createComment({ owner, repo, issue_number, body });
                    }

        """#
}

// Generated from the API's OpenAPI document by `pnpm generate:client`: do not edit by hand.
// apps/api/test/openapi.int.test.ts fails when it is out of date.

export interface paths {
    "/api/v1/article-changes/{flagId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a flag with a note (no correction needed); optionally tell readers the article was edited after the check */
        post: operations["postArticleChangesByFlagIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles under review, newest first, a page at a time; search by title or outlet */
        get: operations["getArticles"];
        put?: never;
        /** Create an article from its text, an HTML page, or a URL the server fetches */
        post: operations["postArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article’s current text with the claims marked in it */
        get: operations["getArticlesByArticleId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a claim on a text selection of the article’s current version (starts as a draft) */
        post: operations["postArticlesByArticleIdClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/orphans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims that could not be re-anchored in the current text, for a human to place */
        get: operations["getArticlesByArticleIdOrphans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute suggested claims (attributions, relays, responses, hedges, check-worthiness) for the article’s current version. A long text (JOB_THRESHOLD_CHARS) answers 202 with a job to watch at /api/v1/jobs/{id}, whose result is the suggestions */
        post: operations["postArticlesByArticleIdSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/suggestions/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept one suggestion (statement, headline and kind may be edited): a draft claim with its chain and responses */
        post: operations["postArticlesByArticleIdSuggestionsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/suggestions/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss one suggestion for every checker, saying what was wrong with it (recorded with the extractor version) */
        post: operations["postArticlesByArticleIdSuggestionsDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of an article’s text, oldest first (without the bodies) */
        get: operations["getArticlesByArticleIdVersions"];
        put?: never;
        /** Import a new text of an article; a changed text makes a new version and re-anchors every claim. A long text (JOB_THRESHOLD_CHARS) answers 202 with a job to watch at /api/v1/jobs/{id} */
        post: operations["postArticlesByArticleIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{articleId}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of an article’s text */
        get: operations["getArticlesByArticleIdVersionsByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSRF token to send in x-csrf-token with every state-changing request */
        get: operations["getAuthCsrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; sets the session cookie */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in (user is null for an anonymous reader) */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (the current one is required); your other sessions end */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the one-time code from an admin’s reset link; every session of the account ends */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{chainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a chain’s hops (the chain’s version in version or If-Match) */
        put: operations["putChainsByChainId"];
        post?: never;
        /** Remove a chain (its version in If-Match or ?version=) */
        delete: operations["deleteChainsByChainId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work queues: claims by status, article, assignee (assignee=me), orphaned; newest change first */
        get: operations["getClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim with its anchor, chains, responses, reply requests, evidence, notes and allowed actions */
        get: operations["getClaimsByClaimId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a claim (If-Match or version required; a stale one is a 409 with the current claim) */
        patch: operations["patchClaimsByClaimId"];
        trace?: never;
    };
    "/api/v1/claims/{claimId}/anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place a claim (e.g. an orphan) on a new selection of the current article text */
        post: operations["postClaimsByClaimIdAnchor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a claim in review */
        post: operations["postClaimsByClaimIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/article-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every "article changed after publication" flag of a claim, open and resolved */
        get: operations["getClaimsByClaimIdArticleChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate origin sources (Admiralty A–F) and the claim’s credibility (1–6); override the computed grade with a reason */
        put: operations["putClaimsByClaimIdAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an attribution chain, hops origin first (e.g. unnamed sources → Global News → the article) */
        post: operations["postClaimsByClaimIdChains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/chains/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder the claim’s chains (the claim’s version in If-Match or version) */
        put: operations["putClaimsByClaimIdChainsOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/changes-since": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed on the claim since the viewer last acted on it (fields, records, workflow steps) */
        get: operations["getClaimsByClaimIdChangesSince"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a published claim: what changed and why, kept in the public changelog */
        post: operations["postClaimsByClaimIdCorrect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document or link that supports, refutes or gives context */
        post: operations["postClaimsByClaimIdEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim’s audit events, oldest first */
        get: operations["getClaimsByClaimIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a working note (never public) */
        post: operations["postClaimsByClaimIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved claim (needs a verdict, a rationale, and every denial addressed) */
        post: operations["postClaimsByClaimIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/reply-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a right-of-reply request: asked whom, when, by what channel, by which deadline */
        post: operations["postClaimsByClaimIdReplyRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a claim back to its checker with a comment */
        post: operations["postClaimsByClaimIdRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a response (denial, admission…) with the part of the claim it answers */
        post: operations["postClaimsByClaimIdResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit a claim after the requested changes */
        post: operations["postClaimsByClaimIdResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a published claim review; it stays visible with its retraction note */
        post: operations["postClaimsByClaimIdRetract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{claimId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for review */
        post: operations["postClaimsByClaimIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by status and sourcing grade, overdue reply requests, time from submit to publish */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search entities by name or alias (merged duplicates excluded), best matches first */
        get: operations["getEntities"];
        put?: never;
        /** Create an entity */
        post: operations["postEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity; a merged one carries mergedIntoId to follow */
        get: operations["getEntitiesByEntityId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an entity (If-Match or version required) */
        patch: operations["patchEntitiesByEntityId"];
        trace?: never;
    };
    "/api/v1/entities/{entityId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this duplicate into another entity, moving every reference to it */
        post: operations["postEntitiesByEntityIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an evidence item */
        put: operations["putEvidenceByEvidenceId"];
        post?: never;
        /** Remove an evidence item */
        delete: operations["deleteEvidenceByEvidenceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{evidenceId}/captures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture the evidence’s web address again (in the background; the older captures stay) */
        post: operations["postEvidenceByEvidenceIdCaptures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{evidenceId}/captures/{captureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored snapshot: its extracted text, or with ?raw=1 the bytes as fetched (an attachment); 409 SNAPSHOT_CORRUPTED when they no longer match their SHA-256 */
        get: operations["getEvidenceByEvidenceIdCapturesByCaptureId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A long job: its step, and its result or why it failed (its owner and editors only) */
        get: operations["getJobsByJobId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/articles/{articleId}/versions/{versionId}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The text of one version of an article with public claims, as plain text: what Web Annotation selectors count in */
        get: operations["getPublicArticleText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claimreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every ClaimReview as a schema.org DataFeed of DataFeedItems, a page at a time (next page in the Link header) */
        get: operations["getClaimReviewFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published claims, newest publication first; full-text search and filters, keyset paging */
        get: operations["listPublicClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published claim matching the filters as CSV (RFC 4180, UTF-8, header row), streamed */
        get: operations["exportPublicClaimsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published claim: quote in context, chains, responses, evidence, verdict, sourcing, changelog */
        get: operations["getPublicClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims/{claimId}/annotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim’s anchor in its article as a W3C Web Annotation; its target.source is the quoted version’s text */
        get: operations["getPublicClaimAnnotation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims/{claimId}/claimreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim’s schema.org ClaimReview (application/ld+json); 410 once the review is retracted */
        get: operations["getPublicClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/claims/{claimId}/evidence/{evidenceId}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The extracted text of the evidence capture the claim’s publication froze, as inert plain text (PUBLIC_SNAPSHOTS=text); 409 SNAPSHOT_CORRUPTED when its bytes no longer match the published SHA-256, 410 once the review is retracted */
        get: operations["getPublicEvidenceSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/entities/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person, organisation or outlet with a page of the published claims about it and by it (each list on its own cursor) */
        get: operations["getPublicEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/methodology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rating scale, sourcing grades, Admiralty levels and corrections policy */
        get: operations["getMethodology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-scales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rating scales with their ratings in order (retired ones last) */
        get: operations["getRatingScales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-scales/{scaleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a scale’s ratings in order; published verdicts keep the ratings they used */
        put: operations["putRatingScalesByScaleId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reply-requests/{replyRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a reply request, e.g. link the response it got */
        put: operations["putReplyRequestsByReplyRequestId"];
        post?: never;
        /** Remove a reply request */
        delete: operations["deleteReplyRequestsByReplyRequestId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a response (its version in version or If-Match) */
        put: operations["putResponsesByResponseId"];
        post?: never;
        /** Remove a response (its version in If-Match or ?version=) */
        delete: operations["deleteResponsesByResponseId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/article-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open "article changed after publication" flags, newest first, with the passages before and after */
        get: operations["getReviewArticleChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims in review, oldest submission first, with their checker, proposed verdict and sourcing grade */
        get: operations["getReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All accounts */
        get: operations["getUsers"];
        put?: never;
        /** Create an account */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account’s name or role, or (de)activate it; deactivation ends its sessions */
        patch: operations["patchUsersByUserId"];
        trace?: never;
    };
    "/api/v1/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a one-time password reset link for an account (shown once; hand it to its owner) */
        post: operations["postUsersByUserIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every watched address: when it was last checked, its status, and its latest change */
        get: operations["getWatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watch/{watchId}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a watched address now: 202 with the job to follow at /api/v1/jobs/{id} */
        post: operations["postWatchByWatchIdCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watch/changes/{changeId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a change a check found (the first acknowledgement is kept) */
        post: operations["postWatchChangesByChangeIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postArticleChangesByFlagIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the flag needs no correction */
                    note: string;
                    /**
                     * @description Show readers "the article was edited after this check" on the claim page (for a changed or gone passage)
                     * @default false
                     */
                    tellReaders?: boolean;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        after: {
                            end: number;
                            quote: string;
                            start: number;
                            /** @description The paragraph around the quote */
                            text: string;
                            textStart: number;
                        } | null;
                        article: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        before: {
                            end: number;
                            quote: string;
                            start: number;
                            /** @description The paragraph around the quote */
                            text: string;
                            textStart: number;
                        };
                        claim: {
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            status: string;
                        };
                        createdAt: string;
                        fromVersion: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            number: number;
                        };
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description unchanged: the quote and its paragraph read as before; changed: they read differently; gone: the quote was not found
                         * @enum {string}
                         */
                        kind: "unchanged" | "changed" | "gone";
                        resolution: ("corrected" | "dismissed" | "superseded") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        /** @description The editor’s display name */
                        resolvedBy: string | null;
                        toVersion: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            number: number;
                        };
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getArticles: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Text to find in the title or the outlet’s name (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            byline: string | null;
                            claimCount: number;
                            /** Format: uuid */
                            id: string;
                            language: string;
                            outlet: string | null;
                            /** @description Publication date of the article (YYYY-MM-DD) */
                            publishedAt: string | null;
                            title: string;
                            url: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    byline?: string | null;
                    language?: string;
                    /** @description Entity id of the outlet (kind outlet) */
                    outlet?: string | null;
                    /** @description Publication date (YYYY-MM-DD) */
                    publishedOn?: string | null;
                    source: {
                        /** @enum {string} */
                        format: "text";
                        text: string;
                    } | {
                        /** @enum {string} */
                        format: "html";
                        html: string;
                    } | {
                        /** @enum {string} */
                        format: "url";
                        /** Format: uri */
                        url: string;
                    };
                    title: string;
                    url?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        article: {
                            byline: string | null;
                            claimCount: number;
                            /** Format: uuid */
                            id: string;
                            language: string;
                            outlet: string | null;
                            /** @description Publication date of the article (YYYY-MM-DD) */
                            publishedAt: string | null;
                            title: string;
                            url: string | null;
                        };
                        version: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getArticlesByArticleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byline: string | null;
                        claimCount: number;
                        claims: {
                            anchor: {
                                /** Format: uuid */
                                articleVersionId: string;
                                end: number;
                                exact: string;
                                orphaned: boolean;
                                prefix: string;
                                start: number;
                                suffix: string;
                            };
                            chains: {
                                hops: {
                                    /** @enum {string} */
                                    access: "direct" | "second_hand" | "unknown";
                                    anonymityReasonGiven: boolean;
                                    cue: string | null;
                                    cueEnd: number | null;
                                    cueStart: number | null;
                                    entity: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                        name: string;
                                    };
                                    /** Format: uuid */
                                    id: string;
                                    named: boolean;
                                    onRecord: boolean;
                                    position: number;
                                    /** @enum {string} */
                                    role: "origin" | "relay" | "publisher";
                                }[];
                                /** Format: uuid */
                                id: string;
                                position: number;
                                version: number;
                            }[];
                            claimant: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            } | null;
                            headline: string;
                            hedges: string[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            rationale: string | null;
                            responses: {
                                addressesPart: string | null;
                                end: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                start: number | null;
                                version: number;
                                words: string | null;
                            }[];
                            sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            statement: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                            subjects: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            }[];
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                            version: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        language: string;
                        outlet: string | null;
                        /** @description Publication date of the article (YYYY-MM-DD) */
                        publishedAt: string | null;
                        title: string;
                        url: string | null;
                        version: {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            number: number;
                            sha256: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticlesByArticleIdClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    articleVersionId?: string;
                    claimantId?: string | null;
                    end: number;
                    exact?: string;
                    headline: string;
                    hedges?: string[];
                    /** @enum {string} */
                    kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                    start: number;
                    statement: string;
                    subjectIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getArticlesByArticleIdOrphans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currentVersionNumber: number;
                        items: {
                            anchor: {
                                /** Format: uuid */
                                articleVersionId: string;
                                end: number;
                                exact: string;
                                orphaned: boolean;
                                prefix: string;
                                start: number;
                                suffix: string;
                            };
                            /** @description Number of the article version the anchor still points into */
                            anchorVersionNumber: number;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            statement: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticlesByArticleIdSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    minCheckWorthiness?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        articleId: string;
                        /** Format: uuid */
                        articleVersionId: string;
                        /** @description Suggestions of this version a checker dismissed: no longer offered */
                        dismissed: number;
                        extractorVersion: string;
                        suggestions: {
                            anchor: {
                                end: number;
                                start: number;
                                text: string;
                            };
                            attribution: {
                                content: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                cue: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                floating: boolean;
                                resolvedSource: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                source: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                /** @enum {string} */
                                type: "direct" | "indirect" | "mixed";
                            } | null;
                            /** @description Origin first, then relays, then the publisher */
                            chain: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                /** @enum {string} */
                                entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                /** @description Where the text names it, as written (may be a pronoun) */
                                mention: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                /** @description The name the entity is found (name or alias, any case) or created by */
                                name: string;
                                named: boolean;
                                onRecord: boolean;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                                /** @enum {string} */
                                sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                            }[];
                            checkWorthiness: number;
                            claimant: {
                                /** @enum {string} */
                                entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                /** @description Where the text names it, as written (may be a pronoun) */
                                mention: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                /** @description The name the entity is found (name or alias, any case) or created by */
                                name: string;
                                named: boolean;
                                /** @enum {string} */
                                sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                            } | null;
                            headline: string;
                            hedges: {
                                end: number;
                                start: number;
                                text: string;
                            }[];
                            /** @description Stable for a given article version (derived from the anchor) */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            reasons: string[];
                            responses: {
                                cue: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                responder: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                };
                                /** @enum {string} */
                                stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                words: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                            }[];
                            statement: string;
                            subjects: {
                                /** @enum {string} */
                                entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                /** @description Where the text names it, as written (may be a pronoun) */
                                mention: {
                                    end: number;
                                    start: number;
                                    text: string;
                                } | null;
                                /** @description The name the entity is found (name or alias, any case) or created by */
                                name: string;
                                named: boolean;
                                /** @enum {string} */
                                sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                            }[];
                        }[];
                        versionNumber: number;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article.suggestions";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description The suggestions of the version current when the job ran, once succeeded */
                        result: {
                            /** Format: uuid */
                            articleId: string;
                            /** Format: uuid */
                            articleVersionId: string;
                            /** @description Suggestions of this version a checker dismissed: no longer offered */
                            dismissed: number;
                            extractorVersion: string;
                            suggestions: {
                                anchor: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                attribution: {
                                    content: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    floating: boolean;
                                    resolvedSource: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    source: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    type: "direct" | "indirect" | "mixed";
                                } | null;
                                /** @description Origin first, then relays, then the publisher */
                                chain: {
                                    /** @enum {string} */
                                    access: "direct" | "second_hand" | "unknown";
                                    anonymityReasonGiven: boolean;
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    onRecord: boolean;
                                    /** @enum {string} */
                                    role: "origin" | "relay" | "publisher";
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                                checkWorthiness: number;
                                claimant: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                } | null;
                                headline: string;
                                hedges: {
                                    end: number;
                                    start: number;
                                    text: string;
                                }[];
                                /** @description Stable for a given article version (derived from the anchor) */
                                id: string;
                                /** @enum {string} */
                                kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                                reasons: string[];
                                responses: {
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    responder: {
                                        /** @enum {string} */
                                        entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                        /** @description Where the text names it, as written (may be a pronoun) */
                                        mention: {
                                            end: number;
                                            start: number;
                                            text: string;
                                        } | null;
                                        /** @description The name the entity is found (name or alias, any case) or created by */
                                        name: string;
                                        named: boolean;
                                        /** @enum {string} */
                                        sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                    };
                                    /** @enum {string} */
                                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                    words: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                }[];
                                statement: string;
                                subjects: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                            }[];
                            versionNumber: number;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticlesByArticleIdSuggestionsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    articleVersionId: string;
                    headline?: string;
                    /** @enum {string} */
                    kind?: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                    statement?: string;
                    suggestionId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticlesByArticleIdSuggestionsDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    articleVersionId: string;
                    note?: string;
                    suggestionId: string;
                    /** @description The parts that were wrong (each must be one the suggestion proposed); default: all */
                    wrong?: ("quote" | "relay" | "response" | "hedge" | "source_kind")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        articleId: string;
                        /** Format: uuid */
                        articleVersionId: string;
                        claimId: string | null;
                        decidedAt: string;
                        decidedBy: string | null;
                        extractorVersion: string;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        /** @enum {string} */
                        outcome: "accepted" | "accepted_edited" | "dismissed";
                        suggestionId: string;
                        /** @description What the suggestion proposed */
                        types: ("quote" | "relay" | "response" | "hedge" | "source_kind")[];
                        /** @description What the checker found wrong */
                        wrongTypes: ("quote" | "relay" | "response" | "hedge" | "source_kind")[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getArticlesByArticleIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postArticlesByArticleIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source: {
                        /** @enum {string} */
                        format: "text";
                        text: string;
                    } | {
                        /** @enum {string} */
                        format: "html";
                        html: string;
                    } | {
                        /** @enum {string} */
                        format: "url";
                        /** Format: uri */
                        url: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The text is the current version’s: nothing was written
                         * @enum {boolean}
                         */
                        created: false;
                        version: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        };
                    } | {
                        /** @enum {boolean} */
                        created: true;
                        reanchored: {
                            fuzzy: number;
                            moved: number;
                            orphaned: number;
                            position: number;
                        };
                        version: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        };
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The text is the current version’s: nothing was written
                         * @enum {boolean}
                         */
                        created: false;
                        version: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        };
                    } | {
                        /** @enum {boolean} */
                        created: true;
                        reanchored: {
                            fuzzy: number;
                            moved: number;
                            orphaned: number;
                            position: number;
                        };
                        version: {
                            /** Format: uuid */
                            id: string;
                            importedAt: string;
                            /** @description Length of the body in UTF-16 code units */
                            length: number;
                            number: number;
                            sha256: string;
                            /** @enum {string} */
                            sourceFormat: "text" | "html" | "url";
                        };
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article_version.import";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the import did, once succeeded */
                        result: ({
                            /**
                             * @description The text is the current version’s: nothing was written
                             * @enum {boolean}
                             */
                            created: false;
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        } | {
                            /** @enum {boolean} */
                            created: true;
                            reanchored: {
                                fuzzy: number;
                                moved: number;
                                orphaned: number;
                                position: number;
                            };
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        }) | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article.suggestions";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description The suggestions of the version current when the job ran, once succeeded */
                        result: {
                            /** Format: uuid */
                            articleId: string;
                            /** Format: uuid */
                            articleVersionId: string;
                            /** @description Suggestions of this version a checker dismissed: no longer offered */
                            dismissed: number;
                            extractorVersion: string;
                            suggestions: {
                                anchor: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                attribution: {
                                    content: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    floating: boolean;
                                    resolvedSource: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    source: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    type: "direct" | "indirect" | "mixed";
                                } | null;
                                /** @description Origin first, then relays, then the publisher */
                                chain: {
                                    /** @enum {string} */
                                    access: "direct" | "second_hand" | "unknown";
                                    anonymityReasonGiven: boolean;
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    onRecord: boolean;
                                    /** @enum {string} */
                                    role: "origin" | "relay" | "publisher";
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                                checkWorthiness: number;
                                claimant: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                } | null;
                                headline: string;
                                hedges: {
                                    end: number;
                                    start: number;
                                    text: string;
                                }[];
                                /** @description Stable for a given article version (derived from the anchor) */
                                id: string;
                                /** @enum {string} */
                                kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                                reasons: string[];
                                responses: {
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    responder: {
                                        /** @enum {string} */
                                        entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                        /** @description Where the text names it, as written (may be a pronoun) */
                                        mention: {
                                            end: number;
                                            start: number;
                                            text: string;
                                        } | null;
                                        /** @description The name the entity is found (name or alias, any case) or created by */
                                        name: string;
                                        named: boolean;
                                        /** @enum {string} */
                                        sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                    };
                                    /** @enum {string} */
                                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                    words: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                }[];
                                statement: string;
                                subjects: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                            }[];
                            versionNumber: number;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "evidence.capture";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description A capture shows on its evidence, not here */
                        result: null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "source_watch.check";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the check found, once succeeded */
                        result: {
                            changeId: string | null;
                            /** @enum {string} */
                            outcome: "baseline" | "unchanged" | "changed" | "dead" | "recovered";
                            /** Format: uuid */
                            watchedSourceId: string;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getArticlesByArticleIdVersionsByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        /** Format: uuid */
                        id: string;
                        importedAt: string;
                        /** @description Length of the body in UTF-16 code units */
                        length: number;
                        number: number;
                        sha256: string;
                        /** @enum {string} */
                        sourceFormat: "text" | "html" | "url";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getAuthCsrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Login email (case-insensitive)
                     */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            active: boolean;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "checker" | "editor" | "admin";
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            active: boolean;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "checker" | "editor" | "admin";
                            version: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 12 characters and not easy to guess (common passwords, words, the account’s name) */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the reset link */
                    code: string;
                    /** @description At least 12 characters and not easy to guess (common passwords, words, the account’s name) */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putChainsByChainId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chainId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hops: {
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        access?: "direct" | "second_hand" | "unknown";
                        /** @default false */
                        anonymityReasonGiven?: boolean;
                        cue?: string | null;
                        cueEnd?: number | null;
                        cueStart?: number | null;
                        /** Format: uuid */
                        entityId: string;
                        named: boolean;
                        onRecord: boolean;
                        /** @enum {string} */
                        role: "origin" | "relay" | "publisher";
                    }[];
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    deleteChainsByChainId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                chainId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaims: {
        parameters: {
            query?: {
                articleId?: string;
                assignee?: "me";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                orphaned?: "true" | "false";
                status?: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            articleId: string;
                            articleTitle: string;
                            assigneeId: string | null;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            orphaned: boolean;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaimsByClaimId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    patchClaimsByClaimId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    claimantId?: string | null;
                    headline?: string;
                    hedges?: string[];
                    /** @enum {string} */
                    kind?: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                    rationale?: string | null;
                    statement?: string;
                    subjectIds?: string[];
                    verdictRatingId?: string | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdAnchor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    end: number;
                    exact?: string;
                    start: number;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaimsByClaimIdArticleChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            after: {
                                end: number;
                                quote: string;
                                start: number;
                                /** @description The paragraph around the quote */
                                text: string;
                                textStart: number;
                            } | null;
                            article: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            before: {
                                end: number;
                                quote: string;
                                start: number;
                                /** @description The paragraph around the quote */
                                text: string;
                                textStart: number;
                            };
                            claim: {
                                headline: string;
                                /** Format: uuid */
                                id: string;
                                status: string;
                            };
                            createdAt: string;
                            fromVersion: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                number: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description unchanged: the quote and its paragraph read as before; changed: they read differently; gone: the quote was not found
                             * @enum {string}
                             */
                            kind: "unchanged" | "changed" | "gone";
                            resolution: ("corrected" | "dismissed" | "superseded") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            /** @description The editor’s display name */
                            resolvedBy: string | null;
                            toVersion: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                number: number;
                            };
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putClaimsByClaimIdAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    informationCredibility?: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                    overrideGrade?: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                    overrideReason?: string | null;
                    sourceReliability?: {
                        /** Format: uuid */
                        entityId: string;
                        /** @enum {string} */
                        reliability: "A" | "B" | "C" | "D" | "E" | "F";
                    }[];
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdChains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hops: {
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        access?: "direct" | "second_hand" | "unknown";
                        /** @default false */
                        anonymityReasonGiven?: boolean;
                        cue?: string | null;
                        cueEnd?: number | null;
                        cueStart?: number | null;
                        /** Format: uuid */
                        entityId: string;
                        named: boolean;
                        onRecord: boolean;
                        /** @enum {string} */
                        role: "origin" | "relay" | "publisher";
                    }[];
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putClaimsByClaimIdChainsOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chainIds: string[];
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaimsByClaimIdChangesSince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: {
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "chain" | "response" | "evidence" | "reply_request" | "note";
                            summary: string;
                        }[];
                        fields: {
                            after: string;
                            before: string;
                            field: string;
                            label: string;
                        }[];
                        lastSeen: {
                            /** @enum {string} */
                            action: "claim.created" | "claim.updated" | "claim.reanchored" | "claim.sourcing_assessed" | "claim.chains_reordered" | "claim.entity_merged" | "article.created" | "article_version.imported" | "article_change.flagged" | "article_change.dismissed" | "entity.created" | "entity.updated" | "entity.merged" | "user.created" | "user.updated" | "user.deactivated" | "user.reactivated" | "user.password_changed" | "user.password_reset" | "user.password_reset_issued" | "user.password_set" | "session.login" | "session.logout" | "rating_scale.updated" | "publication.backfilled" | "suggestion.accepted" | "suggestion.dismissed" | "job.enqueued" | "job.succeeded" | "job.failed" | "evidence.captured" | "evidence.capture_failed" | "watch.checked" | "watch.check_failed" | "watch.change_detected" | "watch.change_acknowledged" | "watch.source_followed" | "claim.submit" | "claim.resubmit" | "claim.approve" | "claim.request_changes" | "claim.publish" | "claim.correct" | "claim.retract" | "claim.chain_added" | "claim.chain_updated" | "claim.chain_removed" | "claim.response_added" | "claim.response_updated" | "claim.response_removed" | "claim.evidence_added" | "claim.evidence_updated" | "claim.evidence_removed" | "claim.reply_request_added" | "claim.reply_request_updated" | "claim.reply_request_removed" | "claim.note_added" | "claim.note_updated" | "claim.note_removed";
                            at: string;
                        } | null;
                        other: string[];
                        removed: {
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "chain" | "response" | "evidence" | "reply_request" | "note";
                            summary: string;
                        }[];
                        steps: {
                            /** @description The transition, e.g. submit, request_changes */
                            action: string;
                            at: string;
                            by: string | null;
                            comment: string | null;
                        }[];
                        updated: {
                            by: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "chain" | "response" | "evidence" | "reply_request" | "note";
                            summary: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdCorrect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changes?: {
                        headline?: string;
                        rationale?: string;
                        statement?: string;
                        /** Format: uuid */
                        verdictRatingId?: string;
                    };
                    reason: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                    whatChanged: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    /** @enum {string} */
                    relation: "supports" | "refutes" | "context";
                    title: string;
                    url?: string | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaimsByClaimIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            actorId: string | null;
                            actorName: string | null;
                            after: unknown;
                            before: unknown;
                            id: number;
                            occurredAt: string;
                            requestId: string | null;
                            subjectId: string;
                        } & ({
                            /** @enum {string} */
                            action: "claim.created";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.updated";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.reanchored";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.sourcing_assessed";
                            /** @enum {string} */
                            subjectType: "sourcing_assessment";
                        } | {
                            /** @enum {string} */
                            action: "claim.chains_reordered";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.entity_merged";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "article.created";
                            /** @enum {string} */
                            subjectType: "article";
                        } | {
                            /** @enum {string} */
                            action: "article_version.imported";
                            /** @enum {string} */
                            subjectType: "article_version";
                        } | {
                            /** @enum {string} */
                            action: "article_change.flagged";
                            /** @enum {string} */
                            subjectType: "article_change_flag";
                        } | {
                            /** @enum {string} */
                            action: "article_change.dismissed";
                            /** @enum {string} */
                            subjectType: "article_change_flag";
                        } | {
                            /** @enum {string} */
                            action: "entity.created";
                            /** @enum {string} */
                            subjectType: "entity";
                        } | {
                            /** @enum {string} */
                            action: "entity.updated";
                            /** @enum {string} */
                            subjectType: "entity";
                        } | {
                            /** @enum {string} */
                            action: "entity.merged";
                            /** @enum {string} */
                            subjectType: "entity";
                        } | {
                            /** @enum {string} */
                            action: "user.created";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.updated";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.deactivated";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.reactivated";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.password_changed";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.password_reset";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.password_reset_issued";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "user.password_set";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "session.login";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "session.logout";
                            /** @enum {string} */
                            subjectType: "user";
                        } | {
                            /** @enum {string} */
                            action: "rating_scale.updated";
                            /** @enum {string} */
                            subjectType: "rating_scale";
                        } | {
                            /** @enum {string} */
                            action: "publication.backfilled";
                            /** @enum {string} */
                            subjectType: "published_claims";
                        } | {
                            /** @enum {string} */
                            action: "suggestion.accepted";
                            /** @enum {string} */
                            subjectType: "suggestion_decision";
                        } | {
                            /** @enum {string} */
                            action: "suggestion.dismissed";
                            /** @enum {string} */
                            subjectType: "suggestion_decision";
                        } | {
                            /** @enum {string} */
                            action: "job.enqueued";
                            /** @enum {string} */
                            subjectType: "job";
                        } | {
                            /** @enum {string} */
                            action: "job.succeeded";
                            /** @enum {string} */
                            subjectType: "job";
                        } | {
                            /** @enum {string} */
                            action: "job.failed";
                            /** @enum {string} */
                            subjectType: "job";
                        } | {
                            /** @enum {string} */
                            action: "evidence.captured";
                            /** @enum {string} */
                            subjectType: "evidence_capture";
                        } | {
                            /** @enum {string} */
                            action: "evidence.capture_failed";
                            /** @enum {string} */
                            subjectType: "evidence_capture";
                        } | {
                            /** @enum {string} */
                            action: "watch.checked";
                            /** @enum {string} */
                            subjectType: "watched_source";
                        } | {
                            /** @enum {string} */
                            action: "watch.check_failed";
                            /** @enum {string} */
                            subjectType: "watched_source";
                        } | {
                            /** @enum {string} */
                            action: "watch.change_detected";
                            /** @enum {string} */
                            subjectType: "source_watch_change";
                        } | {
                            /** @enum {string} */
                            action: "watch.change_acknowledged";
                            /** @enum {string} */
                            subjectType: "source_watch_change";
                        } | {
                            /** @enum {string} */
                            action: "watch.source_followed";
                            /** @enum {string} */
                            subjectType: "watched_source";
                        } | {
                            /** @enum {string} */
                            action: "claim.submit";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.resubmit";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.approve";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.request_changes";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.publish";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.correct";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.retract";
                            /** @enum {string} */
                            subjectType: "claim";
                        } | {
                            /** @enum {string} */
                            action: "claim.chain_added";
                            /** @enum {string} */
                            subjectType: "attribution_chain";
                        } | {
                            /** @enum {string} */
                            action: "claim.chain_updated";
                            /** @enum {string} */
                            subjectType: "attribution_chain";
                        } | {
                            /** @enum {string} */
                            action: "claim.chain_removed";
                            /** @enum {string} */
                            subjectType: "attribution_chain";
                        } | {
                            /** @enum {string} */
                            action: "claim.response_added";
                            /** @enum {string} */
                            subjectType: "response";
                        } | {
                            /** @enum {string} */
                            action: "claim.response_updated";
                            /** @enum {string} */
                            subjectType: "response";
                        } | {
                            /** @enum {string} */
                            action: "claim.response_removed";
                            /** @enum {string} */
                            subjectType: "response";
                        } | {
                            /** @enum {string} */
                            action: "claim.evidence_added";
                            /** @enum {string} */
                            subjectType: "evidence";
                        } | {
                            /** @enum {string} */
                            action: "claim.evidence_updated";
                            /** @enum {string} */
                            subjectType: "evidence";
                        } | {
                            /** @enum {string} */
                            action: "claim.evidence_removed";
                            /** @enum {string} */
                            subjectType: "evidence";
                        } | {
                            /** @enum {string} */
                            action: "claim.reply_request_added";
                            /** @enum {string} */
                            subjectType: "reply_request";
                        } | {
                            /** @enum {string} */
                            action: "claim.reply_request_updated";
                            /** @enum {string} */
                            subjectType: "reply_request";
                        } | {
                            /** @enum {string} */
                            action: "claim.reply_request_removed";
                            /** @enum {string} */
                            subjectType: "reply_request";
                        } | {
                            /** @enum {string} */
                            action: "claim.note_added";
                            /** @enum {string} */
                            subjectType: "claim_note";
                        } | {
                            /** @enum {string} */
                            action: "claim.note_updated";
                            /** @enum {string} */
                            subjectType: "claim_note";
                        } | {
                            /** @enum {string} */
                            action: "claim.note_removed";
                            /** @enum {string} */
                            subjectType: "claim_note";
                        }))[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdReplyRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                    /** Format: date-time */
                    deadline: string;
                    /** Format: uuid */
                    entityId: string;
                    note?: string | null;
                    /** Format: date-time */
                    requestedAt: string;
                    responseId?: string | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdRequestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressesPart?: string | null;
                    channel?: ("email" | "phone" | "in_person" | "social_media" | "letter" | "other") | null;
                    end?: number | null;
                    /** Format: uuid */
                    entityId: string;
                    respondedOn?: string | null;
                    /** @enum {string} */
                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                    start?: number | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                    words?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdRetract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postClaimsByClaimIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byGrade: {
                            [key: string]: number;
                        };
                        byStatus: {
                            [key: string]: number;
                        };
                        overdueReplyRequests: {
                            /** Format: uuid */
                            claimId: string;
                            deadline: string;
                            entityName: string;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        submitToPublish: {
                            medianHours: number | null;
                            p90Hours: number | null;
                            /** @description Claims with both a submit and a publish event */
                            published: number;
                        };
                        /** @description Checkers’ decisions on suggestions per type, extractor version and week, newest first */
                        suggestionPrecision: {
                            acceptedAsIs: number;
                            decided: number;
                            extractorVersion: string;
                            precision: number;
                            /** @description Decisions that did not find this part wrong */
                            right: number;
                            /** @enum {string} */
                            type: "quote" | "relay" | "response" | "hedge" | "source_kind";
                            /** @description Monday of the ISO week (UTC), YYYY-MM-DD */
                            week: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getEntities: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                kind?: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                limit?: number;
                /** @description Matches names and aliases, ignoring case and common accents; best matches first */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aliases: string[];
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            /** @description Set when this entity was merged into another: follow it to the surviving entity */
                            mergedIntoId: string | null;
                            name: string;
                            updatedAt: string;
                            version: number;
                            wikidataId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Other names the entity goes by; duplicates (ignoring case) are dropped */
                    aliases?: string[];
                    description?: string | null;
                    /** @enum {string} */
                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                    name: string;
                    wikidataId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: string[];
                        createdAt: string;
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                        /** @description Set when this entity was merged into another: follow it to the surviving entity */
                        mergedIntoId: string | null;
                        name: string;
                        updatedAt: string;
                        version: number;
                        wikidataId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getEntitiesByEntityId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: string[];
                        createdAt: string;
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                        /** @description Set when this entity was merged into another: follow it to the surviving entity */
                        mergedIntoId: string | null;
                        name: string;
                        updatedAt: string;
                        version: number;
                        wikidataId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    patchEntitiesByEntityId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; alternatively send the version in the body */
                "if-match"?: string;
            };
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Other names the entity goes by; duplicates (ignoring case) are dropped */
                    aliases?: string[];
                    description?: string | null;
                    /** @enum {string} */
                    kind?: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                    name?: string;
                    version?: number;
                    wikidataId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: string[];
                        createdAt: string;
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                        /** @description Set when this entity was merged into another: follow it to the surviving entity */
                        mergedIntoId: string | null;
                        name: string;
                        updatedAt: string;
                        version: number;
                        wikidataId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postEntitiesByEntityIdMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; alternatively send the version in the body */
                "if-match"?: string;
            };
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The entity that absorbs the duplicate and its references
                     */
                    intoId: string;
                    /** @description Version of the duplicate you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The surviving entity, with the duplicate’s names as aliases */
                        entity: {
                            aliases: string[];
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            /** @description Set when this entity was merged into another: follow it to the surviving entity */
                            mergedIntoId: string | null;
                            name: string;
                            updatedAt: string;
                            version: number;
                            wikidataId: string | null;
                        };
                        /** @description The duplicate, now pointing at the surviving entity */
                        merged: {
                            aliases: string[];
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            /** @description Set when this entity was merged into another: follow it to the surviving entity */
                            mergedIntoId: string | null;
                            name: string;
                            updatedAt: string;
                            version: number;
                            wikidataId: string | null;
                        };
                        moved: {
                            articleOutlets: number;
                            chainHops: number;
                            claimants: number;
                            claimSubjects: number;
                            claimSubjectsAlreadyPresent: number;
                            /** @description Entities merged earlier into the duplicate, now pointing at the survivor */
                            mergedEntities: number;
                            replyRequests: number;
                            responses: number;
                            sourceReliabilityRatings: number;
                            sourceReliabilityRatingsDropped: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putEvidenceByEvidenceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    /** @enum {string} */
                    relation: "supports" | "refutes" | "context";
                    title: string;
                    url?: string | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    deleteEvidenceByEvidenceId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postEvidenceByEvidenceIdCaptures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byteSize: number | null;
                        capturedAt: string | null;
                        contentType: string | null;
                        createdAt: string;
                        failureReason: string | null;
                        /** @description Where the page was found, after redirects */
                        finalUrl: string | null;
                        /** @description Whether text could be extracted from the bytes */
                        hasText: boolean;
                        httpStatus: number | null;
                        /** Format: uuid */
                        id: string;
                        /** @description Lower-case hex SHA-256 of the bytes as fetched */
                        sha256: string | null;
                        /**
                         * @description pending until its job has run; then ok or failed
                         * @enum {string}
                         */
                        status: "pending" | "ok" | "failed";
                        /** @description The address asked for */
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getEvidenceByEvidenceIdCapturesByCaptureId: {
        parameters: {
            query?: {
                /** @description 1: the bytes as fetched, as an attachment; otherwise the extracted text */
                raw?: "0" | "1";
            };
            header?: never;
            path: {
                captureId: string;
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/plain, or the bytes as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "text/plain": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getJobsByJobId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article_version.import";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the import did, once succeeded */
                        result: ({
                            /**
                             * @description The text is the current version’s: nothing was written
                             * @enum {boolean}
                             */
                            created: false;
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        } | {
                            /** @enum {boolean} */
                            created: true;
                            reanchored: {
                                fuzzy: number;
                                moved: number;
                                orphaned: number;
                                position: number;
                            };
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        }) | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article.suggestions";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description The suggestions of the version current when the job ran, once succeeded */
                        result: {
                            /** Format: uuid */
                            articleId: string;
                            /** Format: uuid */
                            articleVersionId: string;
                            /** @description Suggestions of this version a checker dismissed: no longer offered */
                            dismissed: number;
                            extractorVersion: string;
                            suggestions: {
                                anchor: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                attribution: {
                                    content: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    floating: boolean;
                                    resolvedSource: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    source: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    type: "direct" | "indirect" | "mixed";
                                } | null;
                                /** @description Origin first, then relays, then the publisher */
                                chain: {
                                    /** @enum {string} */
                                    access: "direct" | "second_hand" | "unknown";
                                    anonymityReasonGiven: boolean;
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    onRecord: boolean;
                                    /** @enum {string} */
                                    role: "origin" | "relay" | "publisher";
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                                checkWorthiness: number;
                                claimant: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                } | null;
                                headline: string;
                                hedges: {
                                    end: number;
                                    start: number;
                                    text: string;
                                }[];
                                /** @description Stable for a given article version (derived from the anchor) */
                                id: string;
                                /** @enum {string} */
                                kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                                reasons: string[];
                                responses: {
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    responder: {
                                        /** @enum {string} */
                                        entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                        /** @description Where the text names it, as written (may be a pronoun) */
                                        mention: {
                                            end: number;
                                            start: number;
                                            text: string;
                                        } | null;
                                        /** @description The name the entity is found (name or alias, any case) or created by */
                                        name: string;
                                        named: boolean;
                                        /** @enum {string} */
                                        sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                    };
                                    /** @enum {string} */
                                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                    words: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                }[];
                                statement: string;
                                subjects: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                            }[];
                            versionNumber: number;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "evidence.capture";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description A capture shows on its evidence, not here */
                        result: null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "source_watch.check";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the check found, once succeeded */
                        result: {
                            changeId: string | null;
                            /** @enum {string} */
                            outcome: "baseline" | "unchanged" | "changed" | "dead" | "recovered";
                            /** Format: uuid */
                            watchedSourceId: string;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicArticleText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version’s text, exactly as the selectors count it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getClaimReviewFeed: {
        parameters: {
            query?: {
                /** @description From the Link rel="next" header */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schema.org DataFeed (JSON-LD) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        /** @enum {string} */
                        "@type": "DataFeed";
                        dataFeedElement: {
                            /** @enum {string} */
                            "@type": "DataFeedItem";
                            /** @description When the review was first published (ISO 8601) */
                            dateCreated: string;
                            /** @description When a correction last changed it, else dateCreated */
                            dateModified: string;
                            item: {
                                /** @enum {string} */
                                "@type": "ClaimReview";
                                author: {
                                    /** @enum {string} */
                                    "@type": "Organization";
                                    name: string;
                                    url: string;
                                };
                                claimReviewed: string;
                                dateModified?: string;
                                datePublished: string;
                                itemReviewed: {
                                    /** @enum {string} */
                                    "@type": "Claim";
                                    appearance: {
                                        /** @enum {string} */
                                        "@type": "CreativeWork";
                                        datePublished?: string;
                                        headline: string;
                                        publisher?: {
                                            /** @enum {string} */
                                            "@type": "Organization";
                                            name: string;
                                        };
                                        url?: string;
                                    }[];
                                    author?: {
                                        "@type": string;
                                        name: string;
                                        sameAs?: string;
                                    };
                                    datePublished?: string;
                                    firstAppearance?: {
                                        /** @enum {string} */
                                        "@type": "CreativeWork";
                                        datePublished?: string;
                                        headline: string;
                                        publisher?: {
                                            /** @enum {string} */
                                            "@type": "Organization";
                                            name: string;
                                        };
                                        url?: string;
                                    };
                                };
                                reviewRating: {
                                    /** @enum {string} */
                                    "@type": "Rating";
                                    alternateName: string;
                                    bestRating?: number;
                                    ratingExplanation?: string;
                                    ratingValue?: number;
                                    worstRating?: number;
                                };
                                url: string;
                            }[];
                        }[];
                        dateModified: string;
                        name: string;
                        url: string;
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    listPublicClaims: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Published by the desk on or after this date (YYYY-MM-DD, UTC) */
                from?: string;
                /** @description Sourcing grade S1–S6 */
                grade?: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                limit?: number;
                /** @description Id of the outlet that published the article */
                outlet?: string;
                /** @description Full-text search over headline, statement, quote and rationale (English stemming; "quoted phrases", OR and -exclusions work) */
                q?: string;
                /** @description Id of a person or organisation the claims are about */
                subject?: string;
                /** @description Published by the desk on or before this date (YYYY-MM-DD, UTC) */
                to?: string;
                /** @description A rating label of the scale, e.g. False (case-insensitive) */
                verdict?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            article: {
                                /** Format: uuid */
                                id: string;
                                outlet: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                } | null;
                                /** @description Publication date of the article (YYYY-MM-DD) */
                                publishedOn: string | null;
                                title: string;
                                url: string | null;
                            };
                            claimant: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            } | null;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            /** @description When the desk published its review (ISO 8601) */
                            publishedAt: string;
                            sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            statement: string;
                            /** @enum {string} */
                            status: "published" | "corrected" | "retracted";
                            subjects: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            }[];
                            /** @description The claim’s page in the public ledger */
                            url: string;
                            verdict: {
                                colour: string;
                                description: string;
                                label: string;
                                /** @description schema.org reviewRating.ratingValue */
                                ratingValue: number | null;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    exportPublicClaimsCsv: {
        parameters: {
            query?: {
                /** @description Published by the desk on or after this date (YYYY-MM-DD, UTC) */
                from?: string;
                /** @description Sourcing grade S1–S6 */
                grade?: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                /** @description Id of the outlet that published the article */
                outlet?: string;
                /** @description Full-text search over headline, statement, quote and rationale (English stemming; "quoted phrases", OR and -exclusions work) */
                q?: string;
                /** @description Id of a person or organisation the claims are about */
                subject?: string;
                /** @description Published by the desk on or before this date (YYYY-MM-DD, UTC) */
                to?: string;
                /** @description A rating label of the scale, e.g. False (case-insensitive) */
                verdict?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per claim, newest publication first; weak ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        article: {
                            byline: string | null;
                            /** Format: uuid */
                            id: string;
                            language: string;
                            outlet: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            } | null;
                            /** @description Publication date of the article (YYYY-MM-DD) */
                            publishedOn: string | null;
                            title: string;
                            url: string | null;
                        };
                        /** @description Set when the article was edited after this check and the quoted passage reads differently; the quote above is still the text that was checked */
                        articleEdited: {
                            /** @description When the edited text of the article was taken (ISO 8601) */
                            at: string;
                            versionNumber: number;
                        } | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        changelog: {
                            at: string;
                            /** @enum {string} */
                            kind: "published" | "corrected" | "retracted";
                            /** @description The verdict’s label before, when the change altered it */
                            previousVerdict: string | null;
                            reason: string | null;
                            /** @description The verdict’s label after this change */
                            verdict: string | null;
                            whatChanged: string | null;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        evidence: {
                            /** @description The newest capture of its address when the claim was published or last corrected (ADR 020); absent in older records */
                            capture?: {
                                capturedAt: string;
                                /** @description Whether text was extracted from it */
                                hasText?: boolean;
                                /**
                                 * Format: uuid
                                 * @description The capture frozen in the record; absent in older records
                                 */
                                id?: string;
                                sha256: string;
                                /** @description Where its extracted text is served as plain text (PUBLIC_SNAPSHOTS=text); absent when snapshots are not public or it has no text */
                                snapshotUrl?: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        otherAppearances: {
                            article: {
                                /** Format: uuid */
                                id: string;
                                outlet: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                } | null;
                                /** @description Publication date of the article (YYYY-MM-DD) */
                                publishedOn: string | null;
                                title: string;
                                url: string | null;
                            };
                            /** Format: uuid */
                            claimId: string;
                            headline: string;
                            publishedAt: string;
                            verdict: {
                                colour: string;
                                description: string;
                                label: string;
                                /** @description schema.org reviewRating.ratingValue */
                                ratingValue: number | null;
                            };
                        }[];
                        /** @description When the desk published its review (ISO 8601) */
                        publishedAt: string;
                        quote: {
                            /** @description The article text just after the quote */
                            after: string;
                            /** Format: uuid */
                            articleVersionId: string;
                            /** @description The article text just before the quote */
                            before: string;
                            end: number;
                            exact: string;
                            prefix: string;
                            start: number;
                            suffix: string;
                            versionNumber: number;
                        };
                        rationale: string | null;
                        responses: {
                            addressesPart: string | null;
                            channel: ("email" | "phone" | "in_person" | "social_media" | "letter" | "other") | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            respondedOn: string | null;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /**
                             * @description The grade in force: the editor’s override if any, else computed
                             * @enum {string}
                             */
                            grade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideReason: string | null;
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        /** @description The claim’s page in the public ledger */
                        url: string;
                        verdict: {
                            colour: string;
                            description: string;
                            label: string;
                            /** @description schema.org reviewRating.ratingValue */
                            ratingValue: number | null;
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicClaimAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description W3C Web Annotation (JSON-LD, anno profile) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"": {
                        /** @enum {string} */
                        "@context": "http://www.w3.org/ns/anno.jsonld";
                        body: {
                            /** @enum {string} */
                            format: "text/plain";
                            language?: string;
                            /** @enum {string} */
                            purpose: "describing" | "assessing" | "commenting";
                            /** @enum {string} */
                            type: "TextualBody";
                            value: string;
                        }[];
                        created: string;
                        creator: {
                            name: string;
                            /** @enum {string} */
                            type: "Organization";
                        };
                        id: string;
                        /**
                         * @description assessing while the review stands; commenting (no verdict) once it is retracted
                         * @enum {string}
                         */
                        motivation: "assessing" | "commenting";
                        target: {
                            selector: [
                                {
                                    end: number;
                                    start: number;
                                    /** @enum {string} */
                                    type: "TextPositionSelector";
                                },
                                {
                                    exact: string;
                                    prefix: string;
                                    suffix: string;
                                    /** @enum {string} */
                                    type: "TextQuoteSelector";
                                }
                            ];
                            source: string;
                            state?: {
                                sourceDate: string;
                                /** @enum {string} */
                                type: "TimeState";
                            };
                            /** @enum {string} */
                            type: "SpecificResource";
                        };
                        /** @enum {string} */
                        type: "Annotation";
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicClaimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schema.org ClaimReview (JSON-LD) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        /** @enum {string} */
                        "@type": "ClaimReview";
                        author: {
                            /** @enum {string} */
                            "@type": "Organization";
                            name: string;
                            url: string;
                        };
                        claimReviewed: string;
                        dateModified?: string;
                        datePublished: string;
                        itemReviewed: {
                            /** @enum {string} */
                            "@type": "Claim";
                            appearance: {
                                /** @enum {string} */
                                "@type": "CreativeWork";
                                datePublished?: string;
                                headline: string;
                                publisher?: {
                                    /** @enum {string} */
                                    "@type": "Organization";
                                    name: string;
                                };
                                url?: string;
                            }[];
                            author?: {
                                "@type": string;
                                name: string;
                                sameAs?: string;
                            };
                            datePublished?: string;
                            firstAppearance?: {
                                /** @enum {string} */
                                "@type": "CreativeWork";
                                datePublished?: string;
                                headline: string;
                                publisher?: {
                                    /** @enum {string} */
                                    "@type": "Organization";
                                    name: string;
                                };
                                url?: string;
                            };
                        };
                        reviewRating: {
                            /** @enum {string} */
                            "@type": "Rating";
                            alternateName: string;
                            bestRating?: number;
                            ratingExplanation?: string;
                            ratingValue?: number;
                            worstRating?: number;
                        };
                        url: string;
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicEvidenceSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capture’s extracted text, re-hashed on every read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getPublicEntity: {
        parameters: {
            query?: {
                /** @description Where the claims about it go on (aboutNextCursor) */
                aboutCursor?: string;
                /** @description Where the claims by it go on (byNextCursor) */
                byCursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Claims about the entity (it is a subject) */
                        about: {
                            article: {
                                /** Format: uuid */
                                id: string;
                                outlet: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                } | null;
                                /** @description Publication date of the article (YYYY-MM-DD) */
                                publishedOn: string | null;
                                title: string;
                                url: string | null;
                            };
                            claimant: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            } | null;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            /** @description When the desk published its review (ISO 8601) */
                            publishedAt: string;
                            sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            statement: string;
                            /** @enum {string} */
                            status: "published" | "corrected" | "retracted";
                            subjects: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            }[];
                            /** @description The claim’s page in the public ledger */
                            url: string;
                            verdict: {
                                colour: string;
                                description: string;
                                label: string;
                                /** @description schema.org reviewRating.ratingValue */
                                ratingValue: number | null;
                            };
                        }[];
                        /** @description aboutCursor of the next page; null on the last */
                        aboutNextCursor: string | null;
                        /** @description Claims the entity makes or relays: as claimant, or as the outlet of the article */
                        by: {
                            article: {
                                /** Format: uuid */
                                id: string;
                                outlet: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                } | null;
                                /** @description Publication date of the article (YYYY-MM-DD) */
                                publishedOn: string | null;
                                title: string;
                                url: string | null;
                            };
                            claimant: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            } | null;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            /** @description When the desk published its review (ISO 8601) */
                            publishedAt: string;
                            sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            statement: string;
                            /** @enum {string} */
                            status: "published" | "corrected" | "retracted";
                            subjects: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            }[];
                            /** @description The claim’s page in the public ledger */
                            url: string;
                            verdict: {
                                colour: string;
                                description: string;
                                label: string;
                                /** @description schema.org reviewRating.ratingValue */
                                ratingValue: number | null;
                            };
                        }[];
                        /** @description byCursor of the next page; null on the last */
                        byNextCursor: string | null;
                        entity: {
                            aliases: string[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                            wikidataId: string | null;
                        };
                        responses: {
                            addressesPart: string | null;
                            claim: {
                                headline: string;
                                /** Format: uuid */
                                id: string;
                                verdict: {
                                    colour: string;
                                    description: string;
                                    label: string;
                                    /** @description schema.org reviewRating.ratingValue */
                                    ratingValue: number | null;
                                };
                            };
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            words: string | null;
                        }[];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getMethodology: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjustments: {
                            description: string;
                            effect: string;
                            id: string;
                        }[];
                        admiralty: {
                            informationCredibility: {
                                code: string;
                                description: string;
                                label: string;
                            }[];
                            sourceReliability: {
                                code: string;
                                description: string;
                                label: string;
                            }[];
                        };
                        correctionsPolicy: string[];
                        ratingScale: {
                            bestRating: number | null;
                            description: string | null;
                            name: string;
                            ratings: {
                                colour: string;
                                description: string;
                                label: string;
                                /** @description schema.org reviewRating.ratingValue */
                                ratingValue: number | null;
                            }[];
                            worstRating: number | null;
                        };
                        sourcingGrades: {
                            description: string;
                            /** @enum {string} */
                            grade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            rules: {
                                description: string;
                                id: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still matches */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getRatingScales: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isDefault: boolean;
                            name: string;
                            ratings: {
                                colour: string;
                                description: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                position: number;
                                ratingValue: number | null;
                                /** @description Kept for the published verdicts that used it; not offered any more */
                                retired: boolean;
                            }[];
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putRatingScalesByScaleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scaleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ratings: {
                        colour: string;
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        id?: string;
                        label: string;
                        ratingValue: number | null;
                    }[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        isDefault: boolean;
                        name: string;
                        ratings: {
                            colour: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            position: number;
                            ratingValue: number | null;
                            /** @description Kept for the published verdicts that used it; not offered any more */
                            retired: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putReplyRequestsByReplyRequestId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                replyRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                    /** Format: date-time */
                    deadline: string;
                    /** Format: uuid */
                    entityId: string;
                    note?: string | null;
                    /** Format: date-time */
                    requestedAt: string;
                    responseId?: string | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    deleteReplyRequestsByReplyRequestId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                replyRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    putResponsesByResponseId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                responseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressesPart?: string | null;
                    channel?: ("email" | "phone" | "in_person" | "social_media" | "letter" | "other") | null;
                    end?: number | null;
                    /** Format: uuid */
                    entityId: string;
                    respondedOn?: string | null;
                    /** @enum {string} */
                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                    start?: number | null;
                    /** @description The version you read (or send If-Match) */
                    version?: number;
                    words?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    deleteResponsesByResponseId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                responseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Workflow actions the caller may take now */
                        allowedActions: string[];
                        anchor: {
                            /** Format: uuid */
                            articleVersionId: string;
                            end: number;
                            exact: string;
                            orphaned: boolean;
                            prefix: string;
                            start: number;
                            suffix: string;
                        };
                        /** Format: uuid */
                        articleId: string;
                        assessment: {
                            computedGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            informationCredibility: ("1" | "2" | "3" | "4" | "5" | "6") | null;
                            overrideGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            overrideReason: string | null;
                            sourceReliability: {
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            }[];
                        } | null;
                        assigneeId: string | null;
                        chains: {
                            hops: {
                                /** @enum {string} */
                                access: "direct" | "second_hand" | "unknown";
                                anonymityReasonGiven: boolean;
                                cue: string | null;
                                cueEnd: number | null;
                                cueStart: number | null;
                                entity: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                named: boolean;
                                onRecord: boolean;
                                position: number;
                                /** @enum {string} */
                                role: "origin" | "relay" | "publisher";
                            }[];
                            /** Format: uuid */
                            id: string;
                            position: number;
                            version: number;
                        }[];
                        claimant: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        } | null;
                        corrections: {
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "correction" | "retraction";
                            reason: string;
                            whatChanged: string;
                        }[];
                        createdAt: string;
                        createdBy: string | null;
                        evidence: {
                            addedBy: string | null;
                            /** @description The newest capture of its URL, if any */
                            capture: {
                                byteSize: number | null;
                                capturedAt: string | null;
                                contentType: string | null;
                                createdAt: string;
                                failureReason: string | null;
                                /** @description Where the page was found, after redirects */
                                finalUrl: string | null;
                                /** @description Whether text could be extracted from the bytes */
                                hasText: boolean;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Lower-case hex SHA-256 of the bytes as fetched */
                                sha256: string | null;
                                /**
                                 * @description pending until its job has run; then ok or failed
                                 * @enum {string}
                                 */
                                status: "pending" | "ok" | "failed";
                                /** @description The address asked for */
                                url: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @enum {string} */
                            relation: "supports" | "refutes" | "context";
                            title: string;
                            url: string | null;
                            version: number;
                        }[];
                        headline: string;
                        hedges: string[];
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                        notes: {
                            authorId: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        /** @description The checker’s last proposal, if any */
                        proposal: {
                            proposedAt: string;
                            proposedBy: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            rationale: string | null;
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                        } | null;
                        publishedAt: string | null;
                        rationale: string | null;
                        replyRequests: {
                            /** @enum {string} */
                            channel: "email" | "phone" | "in_person" | "social_media" | "letter" | "other";
                            deadline: string;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** @description Past its deadline with no response linked */
                            overdue: boolean;
                            requestedAt: string;
                            responseId: string | null;
                            version: number;
                        }[];
                        responses: {
                            addressesPart: string | null;
                            end: number | null;
                            entity: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                            start: number | null;
                            version: number;
                            words: string | null;
                        }[];
                        sourcing: {
                            /** @enum {string} */
                            baseGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            /** @enum {string} */
                            computedGrade: "S1" | "S2" | "S3" | "S4" | "S5" | "S6";
                            reasons: {
                                /** @enum {string} */
                                effect: "base" | "up" | "down" | "note";
                                rule: string;
                                text: string;
                            }[];
                            sharedOrigins: {
                                chainIndexes: number[];
                                origin: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    name: string;
                                };
                            }[];
                        };
                        sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                        statement: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "corrected" | "retracted";
                        subjects: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                            name: string;
                        }[];
                        updatedAt: string;
                        verdict: {
                            colour: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            ratingValue: number | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getReviewArticleChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            after: {
                                end: number;
                                quote: string;
                                start: number;
                                /** @description The paragraph around the quote */
                                text: string;
                                textStart: number;
                            } | null;
                            article: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            before: {
                                end: number;
                                quote: string;
                                start: number;
                                /** @description The paragraph around the quote */
                                text: string;
                                textStart: number;
                            };
                            claim: {
                                headline: string;
                                /** Format: uuid */
                                id: string;
                                status: string;
                            };
                            createdAt: string;
                            fromVersion: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                number: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description unchanged: the quote and its paragraph read as before; changed: they read differently; gone: the quote was not found
                             * @enum {string}
                             */
                            kind: "unchanged" | "changed" | "gone";
                            resolution: ("corrected" | "dismissed" | "superseded") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            /** @description The editor’s display name */
                            resolvedBy: string | null;
                            toVersion: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                number: number;
                            };
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getReviewQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            articleId: string;
                            articleTitle: string;
                            /** @description Who last submitted it (else its assignee) */
                            checker: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            headline: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                            outlet: string | null;
                            sourcingGrade: ("S1" | "S2" | "S3" | "S4" | "S5" | "S6") | null;
                            statement: string;
                            /** @description Its latest submit or resubmit (ISO timestamp) */
                            submittedAt: string;
                            /** @description The checker’s proposed verdict */
                            verdict: {
                                colour: string;
                                /** Format: uuid */
                                id: string;
                                label: string;
                                ratingValue: number | null;
                            } | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "checker" | "editor" | "admin";
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /**
                     * Format: email
                     * @description Login email (case-insensitive)
                     */
                    email: string;
                    /** @description At least 12 characters and not easy to guess (common passwords, words, the account’s name) */
                    password: string;
                    /** @enum {string} */
                    role: "checker" | "editor" | "admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        displayName: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "checker" | "editor" | "admin";
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    patchUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    displayName?: string;
                    /** @enum {string} */
                    role?: "checker" | "editor" | "admin";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        displayName: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "checker" | "editor" | "admin";
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postUsersByUserIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The code from the reset link */
                        code: string;
                        /** Format: date-time */
                        expiresAt: string;
                        path: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getWatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            articleId: string | null;
                            claimId: string | null;
                            evidenceId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "article" | "evidence";
                            lastChangeAt: string | null;
                            lastCheckedAt: string | null;
                            /** @description Why the last check failed; the state shown is the last good one */
                            lastError: string | null;
                            lastHttpStatus: number | null;
                            lastStatus: ("alive" | "dead") | null;
                            latestChange: {
                                acknowledgedAt: string | null;
                                /** @description Display name of the editor who acknowledged it */
                                acknowledgedBy: string | null;
                                /** @description The article version the changed page became */
                                articleVersionNumber: number | null;
                                detectedAt: string;
                                /** @description Unified diff of the extracted texts (evidence); null for an article (see its versions) or a diff too large to show */
                                diff: string | null;
                                httpStatus: number | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "changed" | "dead" | "recovered";
                                /** @description For evidence that is not text (PDF, image), compared by its bytes: "bytes changed: sha256 a→b, size x→y" */
                                summary: string | null;
                            } | null;
                            nextCheckAt: string;
                            title: string;
                            /** @description Changes no editor has acknowledged yet */
                            unacknowledged: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postWatchByWatchIdCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                watchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article_version.import";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the import did, once succeeded */
                        result: ({
                            /**
                             * @description The text is the current version’s: nothing was written
                             * @enum {boolean}
                             */
                            created: false;
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        } | {
                            /** @enum {boolean} */
                            created: true;
                            reanchored: {
                                fuzzy: number;
                                moved: number;
                                orphaned: number;
                                position: number;
                            };
                            version: {
                                /** Format: uuid */
                                id: string;
                                importedAt: string;
                                /** @description Length of the body in UTF-16 code units */
                                length: number;
                                number: number;
                                sha256: string;
                                /** @enum {string} */
                                sourceFormat: "text" | "html" | "url";
                            };
                        }) | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "article.suggestions";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description The suggestions of the version current when the job ran, once succeeded */
                        result: {
                            /** Format: uuid */
                            articleId: string;
                            /** Format: uuid */
                            articleVersionId: string;
                            /** @description Suggestions of this version a checker dismissed: no longer offered */
                            dismissed: number;
                            extractorVersion: string;
                            suggestions: {
                                anchor: {
                                    end: number;
                                    start: number;
                                    text: string;
                                };
                                attribution: {
                                    content: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    floating: boolean;
                                    resolvedSource: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    source: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    type: "direct" | "indirect" | "mixed";
                                } | null;
                                /** @description Origin first, then relays, then the publisher */
                                chain: {
                                    /** @enum {string} */
                                    access: "direct" | "second_hand" | "unknown";
                                    anonymityReasonGiven: boolean;
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    onRecord: boolean;
                                    /** @enum {string} */
                                    role: "origin" | "relay" | "publisher";
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                                checkWorthiness: number;
                                claimant: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                } | null;
                                headline: string;
                                hedges: {
                                    end: number;
                                    start: number;
                                    text: string;
                                }[];
                                /** @description Stable for a given article version (derived from the anchor) */
                                id: string;
                                /** @enum {string} */
                                kind: "allegation" | "statement_of_fact" | "quotation" | "prediction" | "opinion";
                                reasons: string[];
                                responses: {
                                    cue: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                    responder: {
                                        /** @enum {string} */
                                        entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                        /** @description Where the text names it, as written (may be a pronoun) */
                                        mention: {
                                            end: number;
                                            start: number;
                                            text: string;
                                        } | null;
                                        /** @description The name the entity is found (name or alias, any case) or created by */
                                        name: string;
                                        named: boolean;
                                        /** @enum {string} */
                                        sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                    };
                                    /** @enum {string} */
                                    stance: "denies" | "admits" | "partially_admits" | "confirms" | "declines_to_comment" | "did_not_respond";
                                    words: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    };
                                }[];
                                statement: string;
                                subjects: {
                                    /** @enum {string} */
                                    entityKind: "person" | "organisation" | "outlet" | "government_body" | "anonymous_group";
                                    /** @description Where the text names it, as written (may be a pronoun) */
                                    mention: {
                                        end: number;
                                        start: number;
                                        text: string;
                                    } | null;
                                    /** @description The name the entity is found (name or alias, any case) or created by */
                                    name: string;
                                    named: boolean;
                                    /** @enum {string} */
                                    sourceType: "person" | "organisation" | "government_body" | "outlet" | "document" | "anonymous";
                                }[];
                            }[];
                            versionNumber: number;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "evidence.capture";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description A capture shows on its evidence, not here */
                        result: null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    } | {
                        articleId: string | null;
                        createdAt: string;
                        /** @description A job not finished by then fails, writing nothing */
                        deadlineAt: string;
                        /** @description Why it failed; nothing was written */
                        error: {
                            code: string;
                            message: string;
                        } | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "source_watch.check";
                        /**
                         * @description queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done
                         * @enum {string}
                         */
                        phase: "queued" | "computing" | "writing" | "done";
                        /** @description What the check found, once succeeded */
                        result: {
                            changeId: string | null;
                            /** @enum {string} */
                            outcome: "baseline" | "unchanged" | "changed" | "dead" | "recovered";
                            /** Format: uuid */
                            watchedSourceId: string;
                        } | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    postWatchChangesByChangeIdAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                changeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @description Display name of the editor who acknowledged it */
                        acknowledgedBy: string | null;
                        /** @description The article version the changed page became */
                        articleVersionNumber: number | null;
                        detectedAt: string;
                        /** @description Unified diff of the extracted texts (evidence); null for an article (see its versions) or a diff too large to show */
                        diff: string | null;
                        httpStatus: number | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "changed" | "dead" | "recovered";
                        /** @description For evidence that is not text (PDF, image), compared by its bytes: "bytes changed: sha256 a→b, size x→y" */
                        summary: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION */
                        code: string;
                        details?: unknown;
                        message: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "up" | "down";
                        /** @enum {string} */
                        driver: "pglite" | "pg";
                        reason?: string;
                        /** @enum {string} */
                        status: "ok" | "unavailable" | "starting";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "up" | "down";
                        /** @enum {string} */
                        driver: "pglite" | "pg";
                        reason?: string;
                        /** @enum {string} */
                        status: "ok" | "unavailable" | "starting";
                    };
                };
            };
        };
    };
}

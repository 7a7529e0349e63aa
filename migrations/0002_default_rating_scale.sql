-- The default rating scale (docs/design.md, "Rating scale") is data every installation starts with;
-- admins edit it afterwards. ratingValue follows schema.org ClaimReview: higher is more accurate,
-- "Not rated" (opinions) has none.
INSERT INTO rating_scales (name, description, is_default)
VALUES ('Claimtrail default', 'Six ratings from Accurate to False, plus Not rated for opinions.', true);
--> statement-breakpoint
INSERT INTO ratings (scale_id, position, label, description, colour, rating_value)
SELECT s.id, r.position, r.label, r.description, r.colour, r.rating_value
FROM rating_scales s
CROSS JOIN (VALUES
  (0, 'Accurate', 'The claim is correct and nothing significant is missing.', '#1a7f37', 6),
  (1, 'Mostly accurate', 'The claim is correct but needs clarification or additional information.', '#4d9a2a', 5),
  (2, 'Mixed', 'The claim contains both accurate and inaccurate elements.', '#b08800', 4),
  (3, 'Unsubstantiated', 'The available evidence neither proves nor disproves the claim.', '#8250df', 3),
  (4, 'Misleading', 'The claim contains accurate elements but creates a false impression.', '#d4610b', 2),
  (5, 'False', 'The claim is not correct.', '#cf222e', 1),
  (6, 'Not rated', 'Opinions and predictions are recorded but not rated.', '#6e7781', NULL)
) AS r(position, label, description, colour, rating_value)
WHERE s.name = 'Claimtrail default';

"""The table machinery every list page uses: column specs, paged queries, validated edits."""

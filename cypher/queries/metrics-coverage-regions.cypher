// The regions whose coverage cells the recompute stores: every province and prefecture (the
// coverage matrix's two levels).
MATCH (r:Region)
WHERE r.level IN ['province', 'prefecture']
RETURN r.code AS code
ORDER BY code

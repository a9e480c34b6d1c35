-- Reads many SKUs' stock hashes in one round trip on the shared connection (a pipeline would need a dedicated
-- connection per call). KEYS: the SKUs' hashes. Returns one HGETALL answer (flat field/value list) per key, in order;
-- an empty list is a miss.
local out = {}
for i, key in ipairs(KEYS) do
  out[i] = redis.call('HGETALL', key)
end
return out

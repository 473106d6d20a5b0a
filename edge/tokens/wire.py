"""How an upload travels: Oblivious HTTP to the collector's gateway, through a relay, in messages of one size.

Every message a device sends is a Binary HTTP request padded to `INNER_REQUEST_SIZE` bytes and encapsulated
for the gateway's key (1,079 bytes on the wire, whatever it asks), so neither the relay nor the collector can
tell a config fetch from an upload by its size; every inner response is padded to `INNER_RESPONSE_SIZE`.
"""

GATEWAY_PATH = "/.well-known/ohttp-gateway"  # POST: encapsulated requests; GET: key configs (RFC 9540)
CONFIG_PATH = "/v1/config"  # inner GET: the collector's parameters and clock
REPORTS_PATH = "/v1/reports"  # inner POST: one upload
INNER_REQUEST_SIZE = 1024
INNER_RESPONSE_SIZE = 2048
MAX_ENCAPSULATED_REQUEST = 8 * 1024  # what relay and gateway accept
MAX_ENCAPSULATED_RESPONSE = 16 * 1024
MAX_KEY_CONFIGS = 4 * 1024

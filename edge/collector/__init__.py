"""The collector: the ASGI service (OHTTP gateway, config, aggregate), storage backends, in-process and Beam aggregation."""

"""Microsoft 365 / Outlook.com connector: MSAL sign-in (auth), Graph over httpx (client,
throttle, coord), delta sync of mail and calendar (sync, parse), change notifications
(subscriptions). Reached through providers.registry as kind "microsoft"."""

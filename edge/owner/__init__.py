"""The owner's side: what the device keeps (view), decoded uploads (decode), the controls, and the owner page."""

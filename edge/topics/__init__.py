"""Topics: the IAB taxonomy, the int8 sentence encoder and the topic classifier (onnxruntime at run time)."""

from edge.topics.classifier import TopicClassifier
from edge.topics.encoder import TextEncoder
from edge.topics.taxonomy import Node, Taxonomy

__all__ = ["Node", "Taxonomy", "TextEncoder", "TopicClassifier"]

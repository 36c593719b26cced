// Comments moved to components/ (every commentable screen uses them); kept here for imports not yet moved.
export { Comments } from '../../components/Comments';
